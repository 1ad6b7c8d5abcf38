/**
 * Step 4: paragraphs and sentences. Every kept line of the seed is a paragraph (seeds separate paragraphs
 * by a newline or a blank line); headings are paragraphs of their own. Offsets stay true to the seed text.
 */
import { splitSentences, type SegmenterConfig } from './segment.ts';
import type { Block, Segment } from './types.ts';

/**
 * Longest sentence kept whole. Text without sentence punctuation (a list, a table pasted as one line)
 * would otherwise become one giant "sentence"; it is cut at whitespace so that pages stay readable and
 * every recogniser works on bounded input.
 */
export const MAX_SENTENCE = 1000;

export function capLength(span: { text: string; start: number }): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let { text, start } = span;
  while (text.length > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', MAX_SENTENCE);
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE;
    // Never cut between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/u.test(text[cut - 1] ?? '')) cut--;
    const piece = text.slice(0, cut).trimEnd();
    out.push({ text: piece, start });
    const rest = text.slice(cut);
    const lead = rest.length - rest.trimStart().length;
    start += cut + lead;
    text = rest.trimStart();
  }
  if (text.length > 0) out.push({ text, start });
  return out;
}

export function segmentBlocks(blocks: Block[], language: string, config: SegmenterConfig): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    // Kicker and title are the article's metadata, shown as its headline; they are not sentences of the body.
    if (block.role === 'kicker' || block.role === 'title') continue;
    const spans = block.role === 'heading' ? [{ text: block.text, start: 0, end: block.text.length }] : splitSentences(block.text, language, config);
    for (const span of spans.flatMap(capLength)) {
      segments.push({ text: span.text, start: block.start + span.start, line: block.line, paragraph, role: block.role });
    }
    paragraph++;
  }
  return segments;
}
