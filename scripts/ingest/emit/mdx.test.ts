/**
 * MDX is built as a tree and serialised by the library; these tests parse the output back with the MDX
 * parser and check that article text stays text: no element, expression or ESM node appears that we did
 * not build, and the text is unchanged.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types.ts';
import { articleTree, buildInline, serialiseMdx } from './mdx.ts';

function sentence(text: string, extra: Partial<Sentence> = {}): Sentence {
  return { id: 'kaaaaaaaaa', index: 0, paragraph: 0, role: 'body', text, start: 0, line: 1, stance: 'asserted', cues: [], sources: [], quantities: [], mentions: [], claimId: null, ...extra };
}

function parse(mdx: string): Root {
  return fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

function textOf(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text') return n.value ?? '';
  return (n.children ?? []).map(textOf).join('');
}

function nodeTypes(node: unknown, out = new Set<string>()): Set<string> {
  const n = node as { type: string; name?: string; children?: unknown[] };
  out.add(n.type === 'mdxJsxTextElement' ? `jsx:${n.name}` : n.type);
  for (const c of n.children ?? []) nodeTypes(c, out);
  return out;
}

const HOSTILE = [
  'Hallo {welt} und {`${process.exit(1)}`}',
  '</Sentence> <Claim id="x"> </Claim>',
  'import fs from "node:fs"',
  'export const x = 1',
  '<script>alert(1)</script>',
  '&amp; &lt; &#x7B; &nbsp;',
  '*kursiv* **fett** _unter_ `code` ~~durch~~',
  '# keine Überschrift',
  '1. keine Liste',
  '- keine Liste',
  '> kein Zitat',
  '[kein](Link) ![kein](Bild) <https://example.org>',
  'Backslash \\ am Ende \\',
  '| a | b |',
  '    eingerückt',
  'Emoji 🚀 und ‮RTL‬ und Null\u200Bbreite',
  '<!-- Kommentar -->',
  '---',
];

describe('serialised MDX', () => {
  it.each(HOSTILE)('keeps %j as text', (text) => {
    const mdx = serialiseMdx(articleTree([sentence(text)], 'banner'));
    const tree = parse(mdx);
    const types = nodeTypes(tree);
    expect([...types].filter((t) => !['root', 'paragraph', 'text', 'jsx:Sentence', 'mdxJsxFlowElement', 'mdxFlowExpression'].includes(t))).toEqual([]);
    expect(textOf(tree.children[1])).toBe(text);
  });

  it('nests annotations and keeps the text', () => {
    const text = 'Laut FT sollen knapp 50 Koksan-Haubitzen eingetroffen sein.';
    const s = sentence(text, {
      stance: 'hedged',
      cues: ['sollen'],
      sources: [{ text: 'FT', ref: 'financial-times', cue: 'laut', inherited: false }],
      quantities: [{ text: 'knapp 50', value: 50, min: null, max: null, approx: 'under', unit: null, counted: 'Haubitze', start: 15, end: 23 }],
      mentions: [
        { kind: 'weapon', ref: 'koksan-m1989', text: 'Koksan-Haubitzen', start: 24, end: 40 },
        { kind: 'organisation', ref: 'financial-times', text: 'FT', start: 5, end: 7 },
      ],
      claimId: 'kaaaaaaaaa',
    });
    const mdx = serialiseMdx(articleTree([s], 'banner'));
    const tree = parse(mdx);
    expect(textOf(tree)).toBe(text);
    expect([...nodeTypes(tree)]).toEqual(expect.arrayContaining(['jsx:Sentence', 'jsx:Quantity', 'jsx:Mention', 'jsx:Cue', 'jsx:Source']));
    expect(mdx).toContain('<Quantity value="50" approx="under" counted="Haubitze">knapp 50</Quantity>');
  });

  it('keeps a comment-closing seed name out of the banner expression', () => {
    const mdx = serialiseMdx(articleTree([sentence('Text.')], 'from seeds/*/evil.txt'));
    expect(parse(mdx).children[0]).toMatchObject({ type: 'mdxFlowExpression' });
    expect(mdx.split('\n')[0]).toBe('{/* from seeds/* /evil.txt */}');
  });
});

describe('first term mentions', () => {
  it('mark the first mention of a term apart from weapon names, which are links themselves', () => {
    const term = (start: number, end: number) => ({ kind: 'term' as const, ref: 'haubitze', text: 'Haubitzen', start, end });
    const first = sentence('Haubitzen und Haubitzen.', { id: 'kaaaaaaaaa', mentions: [{ kind: 'weapon', ref: 'haubitze', text: 'Haubitzen', start: 0, end: 9 }, term(0, 9), term(14, 23)] });
    const second = sentence('Noch mehr Haubitzen.', { id: 'kbbbbbbbbb', paragraph: 1, mentions: [term(10, 19)] });
    const mdx = serialiseMdx(articleTree([first, second], 'banner'));
    expect(mdx.match(/first="true"/g)).toHaveLength(1);
    expect(mdx).toContain('und <Mention kind="term" ref="haubitze" first="true">Haubitzen</Mention>');
  });
});

describe('buildInline', () => {
  it('drops the weaker of two spans that overlap without nesting', () => {
    const nodes = buildInline('abcdef', [
      { start: 0, end: 4, name: 'Mention', attributes: {}, priority: 1 },
      { start: 2, end: 6, name: 'Quantity', attributes: {}, priority: 0 },
    ]);
    expect(nodes.map((n) => n.type === 'text' ? n.value : `<${(n as { name: string }).name}>`)).toEqual(['ab', '<Quantity>']);
  });
});
