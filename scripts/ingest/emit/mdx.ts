/**
 * Emits an article as MDX: an mdast tree of paragraphs and headings whose sentences are <Sentence> elements
 * with <Quantity>, <Mention>, <Cue> and <Source> inside, serialised by mdast-util-to-markdown with the MDX
 * extension. Article text only ever becomes text nodes or string attribute values, which the serialiser
 * escapes; no string concatenation of MDX, no expressions built from article text.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Sentence } from '../types.ts';

/** Components the article page maps these names to (src/components/article/). */
export const COMPONENTS = ['Paragraph', 'Sentence', 'Quantity', 'Mention', 'Cue', 'Source'] as const;
type ComponentName = (typeof COMPONENTS)[number];

interface InlineSpan {
  start: number;
  end: number;
  name: ComponentName;
  attributes: Record<string, string | null>;
  /** Lower wins when two spans overlap without nesting. */
  priority: number;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function element(name: string, attributes: Record<string, string | null>, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([k, v]) => attribute(k, v)),
    children,
  };
}

/** Finds verbatim words in the sentence, in order, for annotations that carry text but no offsets. */
function locate(text: string, words: string[], from = 0): Array<{ start: number; end: number; word: string }> {
  const found: Array<{ start: number; end: number; word: string }> = [];
  let cursor = from;
  for (const word of words) {
    if (!word) continue;
    let at = text.indexOf(word, cursor);
    if (at === -1) at = text.indexOf(word);
    if (at === -1) continue;
    found.push({ start: at, end: at + word.length, word });
    cursor = at + word.length;
  }
  return found;
}

/**
 * `firstTerms` collects the glossary terms already shown in the article: only a term's first mention
 * (outside a weapon name) carries `first="true"`, where the page links it to its glossary entry.
 */
export function sentenceSpans(sentence: Sentence, firstTerms: Set<string> = new Set()): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const s of locate(sentence.text, sentence.sources.filter((s) => !s.inherited).map((s) => s.text))) {
    const source = sentence.sources.find((x) => x.text === s.word);
    spans.push({ ...s, name: 'Source', priority: 3, attributes: { ref: source?.ref ?? null } });
  }
  const weapons = sentence.mentions.filter((m) => m.kind === 'weapon');
  for (const m of sentence.mentions) {
    // A term overlapping a weapon mention cannot link (the weapon mention is a link already, links do not
    // nest): the first mention apart from weapon names carries the link instead.
    const insideWeapon = m.kind === 'term' && weapons.some((w) => w.start < m.end && m.start < w.end);
    const first = m.kind === 'term' && !insideWeapon && !firstTerms.has(m.ref);
    if (first) firstTerms.add(m.ref);
    spans.push({ start: m.start, end: m.end, name: 'Mention', priority: 1, attributes: { kind: m.kind, ref: m.ref, first: first ? 'true' : null } });
  }
  for (const q of sentence.quantities) {
    spans.push({
      start: q.start,
      end: q.end,
      name: 'Quantity',
      priority: 0,
      attributes: {
        value: q.value === null ? null : String(q.value),
        min: q.min === null ? null : String(q.min),
        max: q.max === null ? null : String(q.max),
        approx: q.approx,
        unit: q.unit,
        counted: q.counted,
      },
    });
  }
  for (const c of locate(sentence.text, sentence.cues)) {
    spans.push({ ...c, name: 'Cue', priority: 2, attributes: { stance: sentence.stance } });
  }
  return spans;
}

/**
 * Nests spans into a tree over the text: a span inside another becomes its child; of two spans that
 * overlap without nesting, the one with the lower priority number is kept.
 */
export function buildInline(text: string, spans: InlineSpan[], offset = 0): PhrasingContent[] {
  const ordered = [...spans]
    .filter((s) => s.start >= 0 && s.end <= text.length + offset && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const top: InlineSpan[] = [];
  for (const span of ordered) {
    const last = top.at(-1);
    if (!last || span.start >= last.end) {
      top.push(span);
    } else if (span.end > last.end && span.priority < last.priority) {
      top[top.length - 1] = span; // partial overlap: keep the stronger annotation
    }
  }
  const out: PhrasingContent[] = [];
  let cursor = offset;
  for (const span of top) {
    if (span.start > cursor) out.push({ type: 'text', value: text.slice(cursor - offset, span.start - offset) });
    const inner = ordered.filter((s) => s !== span && s.start >= span.start && s.end <= span.end && !(s.start === span.start && s.end === span.end && s.priority < span.priority));
    out.push(element(span.name, span.attributes, buildInline(text.slice(span.start - offset, span.end - offset), inner.map((s) => s), span.start)));
    cursor = span.end;
  }
  if (cursor < text.length + offset) out.push({ type: 'text', value: text.slice(cursor - offset) });
  return out;
}

export function sentenceElement(sentence: Sentence, firstTerms: Set<string> = new Set()): MdxJsxTextElement {
  return element(
    'Sentence',
    {
      id: sentence.id,
      stance: sentence.stance,
      claim: sentence.claimId,
      cited: sentence.sources.length > 0 ? sentence.sources.map((s) => s.text).join(' → ') : null,
    },
    buildInline(sentence.text, sentenceSpans(sentence, firstTerms)),
  );
}

/** The whole article body as an mdast tree: one paragraph or heading per paragraph index. */
export function articleTree(sentences: Sentence[], banner: string): Root {
  const children: RootContent[] = [{ type: 'mdxFlowExpression', value: `/* ${banner.replace(/\*\//g, '* /')} */` } as RootContent];
  let current: Paragraph | Heading | null = null;
  let currentIndex = -1;
  const firstTerms = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.paragraph !== currentIndex) {
      if (sentence.role === 'heading') {
        current = { type: 'heading', depth: 2, children: [] };
        children.push(current);
      } else {
        // MDX unwraps a paragraph that holds only JSX elements, so the paragraph is an element of its own.
        current = { type: 'paragraph', children: [] };
        children.push({ type: 'mdxJsxFlowElement', name: 'Paragraph', attributes: [], children: [current] } as RootContent);
      }
      currentIndex = sentence.paragraph;
    } else {
      // A whitespace-only text node between two elements is dropped by MDX, as in JSX; {' '} is the JSX idiom.
      current!.children.push({ type: 'mdxTextExpression', value: "' '" } as PhrasingContent);
    }
    current!.children.push(sentenceElement(sentence, firstTerms));
  }
  return { type: 'root', children };
}

export function serialiseMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown()] });
}
