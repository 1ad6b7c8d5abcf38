/**
 * Step 7: which sentences are claims. A sentence is a claim when it states a quantity, names a weapon
 * system, reports what a source says, or is hedged or attributed (a reported event). Questions and
 * headings without a figure or a weapon are not claims: there is nothing in them to check.
 */
import type { Annotation, Segment } from './types.ts';

export function isClaim(segment: Segment, annotation: Annotation): boolean {
  const hasQuantity = annotation.quantities.length > 0;
  const hasWeapon = annotation.mentions.some((m) => m.kind === 'weapon');
  if (segment.role === 'heading') return hasQuantity || hasWeapon;
  if (/\?["'“”»«]?$/u.test(segment.text) && !hasQuantity) return false;
  const reported = annotation.sources.length > 0 || annotation.stance === 'attributed' || annotation.stance === 'hedged';
  return hasQuantity || hasWeapon || reported;
}
