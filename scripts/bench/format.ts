/** Pure helpers for the benchmark's figures: medians and a plain-text table. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 1234 → "1.2 KB", 1_234_567 → "1.2 MB" (1 KB = 1,024 bytes). */
export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function seconds(s: number | null | undefined, digits = 1): string {
  return s === null || s === undefined || Number.isNaN(s) ? '–' : `${s.toFixed(digits)} s`;
}

export function ms(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value)} ms`;
}

/** Integer with thousands separators: 12345 → "12,345". */
export function count(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US');
}

export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  return a == null || b == null || !b ? '–' : `${(a / b).toFixed(2)}×`;
}

/**
 * A text table: the first row is the header, the first column is left-aligned, the others right-aligned.
 * Rows with a single cell are section titles spanning the table.
 */
export function table(rows: readonly (readonly string[])[]): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.filter((r) => r.length > 1).map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.length === 1 ? r[0]! : r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  const rule = '─'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (cols - 1));
  return [line(head), rule, ...body.map(line)].join('\n');
}
