import type { BrowserName } from '../harness/types';
import type { Environment } from './environment';

/**
 * The benchmark's output: a flat list of figures, each self-describing. A new figure is one more entry in
 * `figures` (pick a new `id`, reuse or add a `group`); the JSON and the table need no other change.
 */
export const REPORT_SCHEMA_VERSION = 1;

/** `calls`: HTTP requests counted; `ratio`: a share of a documented maximum (0.8 = 80 %); `per_s`: a rate. */
export type Unit = 'bytes' | 'ms' | 'calls' | 'ratio' | 'per_s';

export interface Budget {
  /** Which entry of `values` the budget limits, e.g. 'gzip' or 'p95'. */
  of: string;
  /** Inclusive upper bound, in the figure's unit (a time, a size, a count). */
  max?: number;
  /** Inclusive lower bound, in the figure's unit (a throughput, a share of a limit). At least one bound is set. */
  min?: number;
  /** How a reader would say it: "p95 ≤ 250 ms", "≥ 80 % of the documented limit". */
  text: string;
}

/** 'below budget': short of a lower bound (a throughput too low). */
export type Verdict = 'within budget' | 'over budget' | 'below budget';

export interface Figure {
  /** Stable key for comparing runs, e.g. 'bundle.chromium.gmail' or 'paint.cache-hit.firefox'. */
  id: string;
  /** Table section this figure is printed under. */
  group: string;
  label: string;
  unit: Unit;
  browser?: BrowserName;
  /** 'not_measured' figures carry a `reason` instead of values: nothing is ever made up. */
  status: 'measured' | 'not_measured';
  /** Named values in `unit`: {raw, gzip} for a bundle, {min, median, p95, max, mean} for a timing. */
  values?: Record<string, number>;
  /** Sample count behind `values`, for distributions. */
  n?: number;
  /** Raw samples in `unit`, in the order they were taken. */
  samples?: number[];
  budget?: Budget;
  withinBudget?: boolean;
  verdict?: Verdict;
  reason?: string;
  /** How the figure was measured, in a sentence or two. */
  method?: string;
  /** Observations worth a human's attention (printed under the table). */
  notes?: string[];
  /** Anything else machine-readable: per-run breakdowns, sanity checks. */
  details?: Record<string, unknown>;
}

export interface BenchReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  startedAt: string;
  finishedAt: string;
  environment: Environment;
  figures: Figure[];
}

/** Fills in withinBudget and verdict from the budget; a figure without the budgeted value gets neither. */
export function judged(figure: Figure): Figure {
  const value = figure.budget ? figure.values?.[figure.budget.of] : undefined;
  if (!figure.budget || value === undefined || figure.status !== 'measured') return figure;
  const { max, min } = figure.budget;
  const verdict: Verdict =
    max !== undefined && value > max
      ? 'over budget'
      : min !== undefined && value < min
        ? 'below budget'
        : 'within budget';
  return { ...figure, withinBudget: verdict === 'within budget', verdict };
}

export function formatValue(value: number, unit: Unit): string {
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'calls') return `${Number.isInteger(value) ? value : value.toFixed(2)} calls`;
  if (unit === 'ratio') return `${(value * 100).toFixed(1)} %`;
  if (unit === 'per_s') return `${value.toFixed(2)}/s`;
  return value >= 1024 ? `${value.toLocaleString('en-US')} B (${(value / 1024).toFixed(1)} KB)` : `${value} B`;
}

function valuesCell(figure: Figure): string {
  if (figure.status !== 'measured') return `not measured: ${figure.reason ?? 'no reason given'}`;
  const parts = Object.entries(figure.values ?? {}).map(([name, v]) => `${name} ${formatValue(v, figure.unit)}`);
  return [figure.n !== undefined ? `n=${figure.n}` : undefined, ...parts].filter(Boolean).join('  ');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The human-readable rendering: environment, then one table per group, then each group's notes. */
export function renderReport(report: BenchReport): string {
  const env = report.environment;
  const lines: string[] = [
    `Preflight benchmark — ${report.startedAt}`,
    `  ${env.browsers.chromium ?? 'chromium: unknown'} | ${env.browsers.firefox ?? 'firefox: unknown'}`,
    `  node ${env.node} | ${env.cpus} CPU (${env.cpuModel}) | ${env.memoryGb} GB RAM | ${env.platform} | load ${env.loadAverage.join(' ')}`,
    `  build: ${env.build.dir} (built ${env.build.builtAt ?? 'unknown'}) | git ${env.git.commit ?? 'unknown'}${env.git.dirty ? ' (uncommitted changes)' : ''}`,
  ];
  const groups = [...new Set(report.figures.map((f) => f.group))];
  for (const group of groups) {
    const figures = report.figures.filter((f) => f.group === group);
    lines.push('', group);
    const rows = [['figure', 'budget', 'verdict', 'values']];
    for (const f of figures) {
      rows.push([f.label, f.budget?.text ?? '—', f.verdict ?? '—', valuesCell(f)]);
    }
    lines.push(...table(rows).map((l) => `  ${l}`));
    const methods = [...new Set(figures.map((f) => f.method).filter((m): m is string => Boolean(m)))];
    for (const m of methods) lines.push(`  method: ${m}`);
    for (const f of figures) {
      for (const note of f.notes ?? []) lines.push(`  note (${f.label}): ${note}`);
    }
  }
  return lines.join('\n');
}
