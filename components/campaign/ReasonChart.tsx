import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces a bar chart needs: Chart.js tree-shakes the rest out of the page bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart drawn by Chart.js on a canvas. The canvas is an image to assistive technology, named
 * by `summary`; the same numbers are always on the page as text, so nothing depends on seeing the chart.
 */
export function BarChart({
  bars,
  summary,
  color = '#b45309',
}: {
  bars: readonly Bar[];
  summary: string;
  color?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | undefined>(undefined);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [{ data: [], backgroundColor: color }] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { tooltip: { enabled: true } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.current?.destroy();
  }, [color]);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data.labels = bars.map((b) => b.label);
    current.data.datasets[0]!.data = bars.map((b) => b.value);
    current.update();
  }, [bars]);

  return (
    <div className="chart" style={{ height: `${Math.max(120, bars.length * 34)}px` }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
