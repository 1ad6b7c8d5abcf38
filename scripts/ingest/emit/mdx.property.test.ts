/**
 * Property: any sentence text → our MDX → the MDX parser Astro uses (Sätteri, with the site's features)
 * → the text inside the rendered <Sentence> element is exactly the input. 10,000 random cases, including
 * markup, expressions, entities, escapes, RTL and zero-width characters, astral-plane emoji.
 */
import fc from 'fast-check';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types.ts';
import { articleTree, serialiseMdx } from './mdx.ts';

/** The features astro.config.mjs sets for Sätteri. */
const FEATURES = { smartPunctuation: false, gfm: false } as const;

interface HastLike {
  type: string;
  value?: string;
  name?: string;
  tagName?: string;
  children?: HastLike[];
}

function sentencesOf(node: HastLike, out: string[] = []): string[] {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Sentence') {
    out.push(textOf(node));
    return out;
  }
  for (const child of node.children ?? []) sentencesOf(child, out);
  return out;
}

function textOf(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const sentence = (text: string, index: number): Sentence => ({
  id: `k${'abcdefghij'[index % 10]!.repeat(9)}`,
  index,
  paragraph: 0,
  role: 'body',
  text,
  start: 0,
  line: 1,
  stance: 'asserted',
  cues: [],
  sources: [],
  quantities: [],
  mentions: [],
  claimId: null,
});

/** Sentence texts as the ingest can produce them: one line, no control characters, trimmed, not empty. */
const markupHeavy = fc.stringMatching(/^[<>{}&;#*_`\\[\]()!|~=\-+.:/"'a-zäöüß0-9 \u200b\u200f\u202e\u{1F680}]{1,40}$/u);
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
const sentenceText = fc
  .oneof(markupHeavy, anyText)
  .map((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/gu, ' ').trim())
  .filter((s) => s.length > 0);

describe('MDX round trip (property)', () => {
  it('renders every sentence text exactly as it came in', () => {
    fc.assert(
      fc.property(fc.array(sentenceText, { minLength: 1, maxLength: 3 }), (texts) => {
        const mdx = serialiseMdx(articleTree(texts.map(sentence), 'banner'));
        const hast = mdxToHast(mdx, { features: FEATURES, position: false }) as HastLike;
        expect(sentencesOf(hast)).toEqual(texts);
      }),
      { numRuns: 10_000 },
    );
  });
});
