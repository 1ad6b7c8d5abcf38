/**
 * Step 4: paragraphs and sentences. Every kept line of the seed is a paragraph (seeds separate paragraphs
 * by a newline or a blank line); headings are paragraphs of their own. Offsets stay true to the seed text.
 */
import { splitSentences, type SegmenterConfig } from './segment.ts';
import type { Block, Segment } from './types.ts';

export function segmentBlocks(blocks: Block[], language: string, config: SegmenterConfig): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    // Kicker and title are the article's metadata, shown as its headline; they are not sentences of the body.
    if (block.role === 'kicker' || block.role === 'title') continue;
    const spans = block.role === 'heading' ? [{ text: block.text, start: 0, end: block.text.length }] : splitSentences(block.text, language, config);
    for (const span of spans) {
      segments.push({ text: span.text, start: block.start + span.start, line: block.line, paragraph, role: block.role });
    }
    paragraph++;
  }
  return segments;
}
