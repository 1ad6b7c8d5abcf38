/**
 * Figures compared across articles: the `related` entries of claims with relation agrees/conflicts name a
 * figure of each claim (`mine`, `theirs`) and what both measure (`basis`). Here they become comparison
 * groups, one per basis, each with every figure given for it. Pure functions over the corpus data, no
 * Astro imports, so that pages and tests can share them.
 */
import type { Article, Claim, Quantity } from '../schemas/corpus.ts';
import { APPROX_LABELS, formatNumber } from './site.ts';

/** One figure in a comparison: quantity `index` of `claim`. */
export interface ComparedFigure {
  claim: Claim;
  article: Article;
  index: number;
  quantity: Quantity;
  /** Value used to order and draw the figure: the value, or the middle of a range; null when none. */
  sortValue: number | null;
}

export interface ComparisonGroup {
  /** What the figures measure, as the ingest labels it ("Soldaten · Nordkorea"). */
  basis: string;
  /** Anchor id, unique on a page ("vergleich-soldaten-nordkorea"). */
  anchor: string;
  /** Figures ordered by value (smallest first), then by date. */
  figures: ComparedFigure[];
  /** Distinct articles that give a figure. */
  articleCount: number;
  /** Compared pairs that agree (within the ingest's tolerance) and that conflict. */
  agreeing: number;
  conflicting: number;
  /** Smallest and largest value among the figures. */
  low: number | null;
  high: number | null;
}

/** Label of figures compared without a basis; the ingest always sets one, older data may not. */
const NO_BASIS = 'Weitere Zahlen';

export function figureValue(q: Quantity): number | null {
  if (q.value !== null) return q.value;
  if (q.min !== null && q.max !== null) return (q.min + q.max) / 2;
  return q.min ?? q.max;
}

/** The normalised reading of a figure in German: "etwa 3.000", "bis zu 50 km", "200 bis 300". */
export function normalisedFigure(q: Pick<Quantity, 'value' | 'min' | 'max' | 'approx' | 'unit'>): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.value === null) {
    if (q.min !== null && q.max !== null) return `${formatNumber(q.min)} bis ${formatNumber(q.max)}${unit}`;
    if (q.min !== null) return `mindestens ${formatNumber(q.min)}${unit}`;
    if (q.max !== null) return `höchstens ${formatNumber(q.max)}${unit}`;
    return 'ohne genaue Zahl';
  }
  const prefix = q.approx === 'exact' || q.approx === 'range' ? '' : `${APPROX_LABELS[q.approx] ?? q.approx} `;
  return `${prefix}${formatNumber(q.value)}${unit}`;
}

function slug(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'zahlen';
}

/**
 * Groups the figures that claims compare across articles by their basis. Groups are ordered by the number
 * of distinct articles giving a figure, then by the number of figures, then by basis.
 */
export function comparisonGroups(claims: Claim[], articleById: Map<string, Article>): ComparisonGroup[] {
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const order = new Map(claims.map((c, i) => [c.id, i]));
  interface Draft { figures: Map<string, ComparedFigure>; agreeing: Set<string>; conflicting: Set<string> }
  const drafts = new Map<string, Draft>();

  /** The figure a related entry points at: the given index, or the only figure of the claim. */
  const figureOf = (claim: Claim, index: number | undefined): ComparedFigure | null => {
    const i = index ?? (claim.quantities.length === 1 ? 0 : -1);
    const quantity = claim.quantities[i];
    const article = articleById.get(claim.article);
    if (!quantity || !article) return null;
    return { claim, article, index: i, quantity, sortValue: figureValue(quantity) };
  };

  for (const claim of claims) {
    for (const rel of claim.related) {
      if (rel.relation !== 'agrees' && rel.relation !== 'conflicts') continue;
      const other = claimById.get(rel.id);
      if (!other) continue;
      const mine = figureOf(claim, rel.mine);
      const theirs = figureOf(other, rel.theirs);
      if (!mine || !theirs) continue;
      const basis = rel.basis?.trim() || NO_BASIS;
      let draft = drafts.get(basis);
      if (!draft) drafts.set(basis, (draft = { figures: new Map(), agreeing: new Set(), conflicting: new Set() }));
      const a = `${mine.claim.id}:${mine.index}`;
      const b = `${theirs.claim.id}:${theirs.index}`;
      draft.figures.set(a, mine);
      draft.figures.set(b, theirs);
      // Related entries are listed on both claims; a pair is counted once.
      (rel.relation === 'agrees' ? draft.agreeing : draft.conflicting).add([a, b].sort().join('|'));
    }
  }

  const used = new Set<string>();
  const groups = [...drafts].map(([basis, draft]): ComparisonGroup => {
    const figures = [...draft.figures.values()].sort(
      (x, y) =>
        (x.sortValue ?? Infinity) - (y.sortValue ?? Infinity) ||
        (x.article.published ?? '9999').localeCompare(y.article.published ?? '9999') ||
        order.get(x.claim.id)! - order.get(y.claim.id)! ||
        x.index - y.index,
    );
    const values = figures.map((f) => f.sortValue).filter((v): v is number => v !== null);
    return {
      basis,
      anchor: '',
      figures,
      articleCount: new Set(figures.map((f) => f.article.id)).size,
      agreeing: draft.agreeing.size,
      conflicting: draft.conflicting.size,
      low: values.length ? Math.min(...values) : null,
      high: values.length ? Math.max(...values) : null,
    };
  });
  groups.sort((x, y) => y.articleCount - x.articleCount || y.figures.length - x.figures.length || x.basis.localeCompare(y.basis, 'de'));
  for (const group of groups) {
    let anchor = `vergleich-${slug(group.basis)}`;
    for (let n = 2; used.has(anchor); n++) anchor = `vergleich-${slug(group.basis)}-${n}`;
    used.add(anchor);
    group.anchor = anchor;
  }
  return groups;
}

/** A piece of a claim's text: plain, a figure, or a highlighted mention. */
export interface TextPart {
  text: string;
  kind: 'plain' | 'figure' | 'hit';
  /** For figures: the normalised reading. */
  note?: string;
}

/**
 * Splits a sentence into plain text and marked spans: its figures and, optionally, other spans (the
 * mentions of the weapon a page is about). Overlapping or out-of-range spans are skipped.
 */
export function markedText(text: string, quantities: Quantity[], hits: Array<{ start: number; end: number }> = []): TextPart[] {
  const spans = [
    ...quantities.map((q) => ({ start: q.start, end: q.end, kind: 'figure' as const, note: normalisedFigure(q) })),
    ...hits.map((h) => ({ start: h.start, end: h.end, kind: 'hit' as const, note: undefined })),
  ]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), kind: 'plain' });
    parts.push({ text: text.slice(span.start, span.end), kind: span.kind, ...(span.note ? { note: span.note } : {}) });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kind: 'plain' });
  return parts;
}
