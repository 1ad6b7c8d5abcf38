import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClaim, loadEventLexicon } from './07-claims.ts';
import type { Annotation, Mention, Segment } from './types.ts';

const events = loadEventLexicon(join(import.meta.dirname, '../../content'));
const place: Mention = { kind: 'place', ref: 'x', text: 'X', start: 0, end: 1 };
const weapon: Mention = { kind: 'weapon', ref: 'w', text: 'W', start: 0, end: 1 };
const quantity = { text: '50', value: 50, min: null, max: null, approx: 'exact' as const, unit: null, counted: null, start: 0, end: 2 };

function claim(text: string, a: Partial<Annotation> = {}, role: Segment['role'] = 'body', language = 'de'): boolean {
  const annotation: Annotation = { quantities: [], mentions: [], stance: 'asserted', cues: [], sources: [], ...a };
  return isClaim({ text, start: 0, line: 1, paragraph: 0, role }, annotation, language, events);
}

describe('isClaim', () => {
  it.each([
    ['a figure', claim('Es waren 50.', { quantities: [quantity] }), true],
    ['a weapon', claim('Die Haubitze ist alt.', { mentions: [weapon] }), true],
    ['a cited source', claim('Das sagte der Sprecher.', { stance: 'attributed', sources: [{ text: 'Sprecher', ref: null, cue: 'sagte', inherited: false }] }), true],
    ['a hedged report', claim('Pjöngjang soll Waffen geholt haben.', { stance: 'hedged', mentions: [place] }), true],
    ['an event with an actor', claim('Russland und Nordkorea sind eine Allianz eingegangen.', { mentions: [place, place] }), true],
    ['an English event with an actor', claim('Russia deployed more troops.', { mentions: [place] }, 'body', 'en'), true],
    ['an event verb without actor', claim('Es wurde viel geliefert.'), false],
    ['an actor without event', claim('Russland ist groß.', { mentions: [place] }), false],
    ['a question', claim('Was plant Russland?', { mentions: [place], stance: 'speculative' }), false],
    ['a forecast without figure or source', claim('Russland könnte Truppen verlegen.', { mentions: [place], stance: 'speculative' }), false],
    ['an opinion', claim('Russland hat ein beispielloses Bündnis geschlossen.', { mentions: [place], stance: 'opinion' }), false],
    ['a heading with a weapon', claim('Koksan an der Front', { mentions: [weapon] }, 'heading'), true],
    ['a heading with a source', claim('Was der Geheimdienst sagt', { stance: 'attributed' }, 'heading'), false],
  ])('%s → %s', (_, actual, expected) => expect(actual).toBe(expected));
});
