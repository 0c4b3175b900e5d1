/** The run's shared record: the table's rows, the raw results for results.json, and small statistics. */
import type { Attribution } from './size.js';
import type { AxeViolation } from './pages/harness-api.js';

export interface Row {
  figure: string;
  value: string;
  budget: string;
  /** undefined: reported for information, no budget. */
  pass?: boolean;
}

export const rows: Row[] = [];
export const results: Record<string, unknown> = {};
const started = performance.now();
export const elapsedS = () => (performance.now() - started) / 1000;
export const log = (message: string) => process.stderr.write(`[bench ${elapsedS().toFixed(1)}s] ${message}\n`);

export const median = (values: number[]) => quantile(values, 0.5);
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0]!;
}
export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const kb = (bytes: number) => `${bytes} B (${(bytes / 1000).toFixed(1)} kB)`;

export function printTable(): void {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget' };
  const result = (row: Row) => (row.pass === undefined ? 'info' : row.pass ? 'pass' : 'FAIL');
  const widths = [
    Math.max(...[header, ...rows].map((row) => row.figure.length)),
    Math.max(...[header, ...rows].map((row) => row.value.length)),
    Math.max(...[header, ...rows].map((row) => row.budget.length)),
  ];
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 4)).join(' | ')} |`;
  console.log(line(['figure', 'value', 'budget', 'result']));
  console.log(`|${widths.concat([6]).map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line([row.figure, row.value, row.budget, result(row)]));
}

export function printDetails(attribution: Attribution): void {
  console.log('\nThe element chunk by package (minified bytes; gzip bytes saved if removed):');
  for (const share of attribution.packages) console.log(`  ${share.name.padEnd(40)} ${String(share.bytes).padStart(6)} B  ${String(share.gzipDelta).padStart(5)} B gz`);
  console.log('Largest modules:');
  for (const share of attribution.modules.slice(0, 10)) console.log(`  ${share.name.padEnd(48)} ${String(share.bytes).padStart(6)} B  ${String(share.gzipDelta).padStart(5)} B gz`);
  for (const note of attribution.notes) console.log(`  note: ${note}`);
  const axe = results.axe as Record<string, Record<string, { reached: boolean; note: string; violations: AxeViolation[] }>>;
  const lines: string[] = [];
  for (const [vertical, states] of Object.entries(axe ?? {})) {
    for (const [state, found] of Object.entries(states)) {
      if (!found.reached) lines.push(`  ${vertical}/${state}: state not reached: ${found.note}`);
      for (const violation of found.violations) {
        lines.push(`  ${vertical}/${state}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.targets.slice(0, 4).join(' ')}${violation.targets.length > 4 ? ` …+${violation.targets.length - 4}` : ''}`);
      }
    }
  }
  const longTasks = results.longTasks as { perVertical: Record<string, { start: number; duration: number }[]> } | undefined;
  for (const [vertical, tasks] of Object.entries(longTasks?.perVertical ?? {})) {
    if (tasks.length) console.log(`\nlong tasks while filling ${vertical}: ${tasks.map((task) => ms(task.duration)).join(', ')}`);
  }
  if (lines.length) console.log(`\naxe-core findings:\n${lines.join('\n')}`);
  const csp = results.csp as { violations: unknown[]; consoleCsp: string[]; pageErrors: string[] } | undefined;
  if (csp && (csp.violations.length || csp.consoleCsp.length || csp.pageErrors.length)) {
    console.log('\nCSP findings:');
    for (const violation of csp.violations) console.log(`  event: ${JSON.stringify(violation)}`);
    for (const message of [...new Set(csp.consoleCsp)]) console.log(`  console: ${message.slice(0, 300)}`);
    for (const message of csp.pageErrors) console.log(`  page error: ${message}`);
  }
}

