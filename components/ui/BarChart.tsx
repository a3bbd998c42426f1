import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces a bar chart needs: Chart.js tree-shakes the rest out of the page bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Bar {
  label: string;
  value: number;
}

/** One coloured series of a grouped or stacked chart (e.g. one rule's warnings per week). */
export interface Series {
  label: string;
  values: readonly number[];
  color: string;
}

interface Props {
  /** A single series: one bar per label. */
  bars?: readonly Bar[];
  /** Several series over `labels` (stacked), with a legend. */
  labels?: readonly string[];
  series?: readonly Series[];
  summary: string;
  color?: string;
  /** Bars grow sideways (long labels such as names) or upwards (weeks). */
  horizontal?: boolean;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
}

/**
 * A bar chart drawn by Chart.js on a canvas. The canvas is an image to assistive technology, named by `summary`;
 * the same numbers are always on the page as text, so nothing depends on seeing the chart.
 */
export function BarChart({
  bars,
  labels,
  series,
  summary,
  color = '#b45309',
  horizontal = true,
  percent = false,
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  const stacked = series !== undefined;

  useEffect(() => {
    if (!canvas.current) return;
    const valueAxis = {
      beginAtZero: true,
      stacked,
      ...(percent ? { max: 1 } : {}),
      ticks: percent
        ? { callback: (value: string | number) => `${Math.round(Number(value) * 100)} %` }
        : { precision: 0 },
    };
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { tooltip: { enabled: true }, legend: { display: stacked, position: 'bottom' } },
        scales: horizontal ? { x: valueAxis, y: { stacked } } : { y: valueAxis, x: { stacked } },
      },
    });
    return () => chart.current?.destroy();
  }, [horizontal, percent, stacked]);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    if (series) {
      current.data.labels = [...(labels ?? [])];
      current.data.datasets = series.map((s) => ({ label: s.label, data: [...s.values], backgroundColor: s.color }));
    } else {
      current.data.labels = (bars ?? []).map((b) => b.label);
      current.data.datasets = [{ label: summary, data: (bars ?? []).map((b) => b.value), backgroundColor: color }];
    }
    current.update();
  }, [bars, labels, series, color, summary]);

  const count = series ? (labels?.length ?? 0) : (bars?.length ?? 0);
  const height = horizontal ? Math.max(120, count * 34) : 260;
  return (
    <div className="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
