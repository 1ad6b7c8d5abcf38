/**
 * Step 7: which sentences are claims. A sentence is a claim when it states a quantity, names a weapon
 * system, reports what a source says (attributed or hedged), or reports a checkable event: an event verb
 * (content/language/events.yaml) together with a named actor or place. Questions and forecasts without a
 * figure, weapon or source, and headings without a figure or weapon, are not claims: there is nothing in
 * them to check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { IngestError } from './errors.ts';
import type { Annotation, Segment } from './types.ts';

export const EVENTS_FILE = 'language/events.yaml';

export type EventLexicon = Record<string, RegExp>;

export function loadEventLexicon(contentDir: string): EventLexicon {
  const file = join(contentDir, EVENTS_FILE);
  const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new IngestError(file, 'expected a mapping from language (de, en) to a list of words');
  const lexicon: EventLexicon = {};
  for (const [language, words] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === '')) throw new IngestError(file, `\`${language}\`: expected a list of words`);
    const alternatives = (words as string[]).map((w) =>
      w
        .trim()
        .split(/\s+/u)
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*$/u, '\\p{L}*'))
        .join('\\s+(?:\\p{L}+\\s+){0,6}'),
    );
    lexicon[language] = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  }
  return lexicon;
}

export function isClaim(segment: Segment, annotation: Annotation, language: string, events: EventLexicon): boolean {
  const hasQuantity = annotation.quantities.length > 0;
  const hasWeapon = annotation.mentions.some((m) => m.kind === 'weapon');
  if (segment.role === 'heading') return hasQuantity || hasWeapon;
  if (hasQuantity || hasWeapon) return true;
  if (/\?["'“”»«]?$/u.test(segment.text)) return false;
  if (annotation.sources.length > 0 || annotation.stance === 'attributed' || annotation.stance === 'hedged') return true;
  if (annotation.stance === 'speculative' || annotation.stance === 'opinion') return false;
  const actor = annotation.mentions.some((m) => m.kind === 'place' || m.kind === 'organisation' || m.kind === 'person');
  const verb = events[language.split('-')[0]!]?.test(segment.text) ?? false;
  return actor && verb;
}
