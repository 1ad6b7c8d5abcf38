/**
 * The report as text for a terminal: aligned tables, one section per part of the report.
 */
import type { LexiconRef } from './candidates.ts';
import { MENTION_KINDS, STANCES, type Counts, type Report } from './summary.ts';

export interface Column {
  header: string;
  /** Numbers are right-aligned. */
  align?: 'left' | 'right';
}

/** Width on screen: code points, without combining marks and variation selectors. */
export function displayWidth(text: string): number {
  return [...text.normalize('NFC')].filter((c) => !/[\p{M}\uFE0E\uFE0F\u200B-\u200D]/u.test(c)).length;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * An aligned table: header, a rule, the rows, and optional footer rows (totals) below a second rule.
 * Trailing spaces are trimmed so that the output diffs cleanly.
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], footer: readonly (readonly string[])[] = []): string {
  const all = [columns.map((c) => c.header), ...rows, ...footer];
  const widths = columns.map((_, i) => Math.max(...all.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    columns
      .map((c, i) => pad(row[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(columns.map((c) => c.header)), rule, ...rows.map(line)];
  if (footer.length > 0) out.push(rule, ...footer.map(line));
  return out.join('\n');
}

const STANCE_HEADERS: Record<string, string> = { asserted: 'asrt', attributed: 'attr', hedged: 'hedg', speculative: 'spec', opinion: 'opin' };
const KIND_HEADERS: Record<string, string> = { weapon: 'weap', place: 'place', organisation: 'org', person: 'pers', term: 'term' };

const countCells = (c: Counts) => [
  String(c.sentences),
  String(c.claims),
  ...STANCES.map((s) => String(c.stances[s])),
  String(c.quantities),
  ...MENTION_KINDS.map((k) => String(c.mentions[k])),
  String(c.sources),
  String(c.removed),
  String(c.warnings),
];

const ref = (r: LexiconRef | null) => (r ? `${r.ref} (${r.kind})` : '—');
const examples = (list: readonly string[]) => list.join(', ');

function section(title: string, body: string): string {
  return `${title}\n${'='.repeat(displayWidth(title))}\n${body}`;
}

export function formatReport(report: Report): string {
  const num = (header: string): Column => ({ header, align: 'right' });
  const articleColumns: Column[] = [
    { header: 'lang' },
    { header: 'outlet' },
    { header: 'date' },
    num('sent'),
    num('claims'),
    ...STANCES.map((s) => num(STANCE_HEADERS[s] ?? s)),
    num('qty'),
    ...MENTION_KINDS.map((k) => num(KIND_HEADERS[k] ?? k)),
    num('src'),
    num('rm'),
    num('warn'),
    { header: 'id' },
  ];
  const rows = report.articles.map((a) => [a.language, a.outlet ?? '—', a.published ?? '—', ...countCells(a), a.id]);
  const t = report.totals;
  const totals = [['', `${t.articles} article${t.articles === 1 ? '' : 's'}`, 'total', ...countCells(t), '']];
  const legend =
    'Stances: asrt asserted, attr attributed, hedg hedged, spec speculative, opin opinion. ' +
    'Mentions: weap weapon, org organisation, pers person. qty quantities, src cited sources (not carried over), ' +
    'rm removed boilerplate lines, warn ingest notes.';

  const parts: string[] = [section('Articles', `${formatTable(articleColumns, rows, totals)}\n\n${legend}`)];

  const { errors, warnings } = report.problems;
  if (errors.length > 0 || warnings.length > 0) {
    // Error messages name their file (and line) already, as in `npm run ingest`.
    const lines = [...errors.map((e) => `  ✗ ${e.message}`), ...warnings.map((w) => `  ! ${w.file}: ${w.message}`)];
    parts.push(section('Ingest problems', lines.join('\n')));
  }

  const c = report.candidates;
  const orNone = (count: number, table: () => string) => (count === 0 ? '(none)' : table());
  parts.push(
    section(
      'Lexicon candidates: unknown acronyms',
      orNone(c.acronyms.length, () =>
        formatTable([{ header: 'acronym' }, num('n'), { header: 'examples' }], c.acronyms.map((a) => [a.acronym, String(a.count), examples(a.examples)])),
      ),
    ),
    section(
      'Lexicon candidates: acronym expansions',
      orNone(c.expansions.length, () =>
        formatTable(
          [{ header: 'long form' }, { header: 'acronym' }, num('n'), { header: 'letters' }, { header: 'acronym in lexicon' }, { header: 'long form in lexicon' }, { header: 'examples' }],
          c.expansions.map((e) => [e.longForm, e.acronym, String(e.count), e.lettersMatch ? 'match' : 'differ', ref(e.acronymRef), ref(e.longFormRef), examples(e.examples)]),
        ),
      ),
    ),
    section(
      'Lexicon candidates: names not in the lexicon',
      orNone(c.names.length, () =>
        formatTable([{ header: 'name' }, num('n'), { header: 'why' }, { header: 'examples' }], c.names.map((n) => [n.name, String(n.count), n.evidence.join(', '), examples(n.examples)])),
      ),
    ),
    section(
      'Lexicon candidates: cited sources without a lexicon entry',
      orNone(c.sources.length, () =>
        formatTable([{ header: 'source' }, num('n'), { header: 'cues' }, { header: 'examples' }], c.sources.map((s) => [s.text, String(s.count), s.cues.join(', '), examples(s.examples)])),
      ),
    ),
  );
  return `${parts.join('\n\n')}\n`;
}
