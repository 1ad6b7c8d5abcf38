/**
 * Stable ids. A sentence's id is derived from its normalised text, never from its position, so it survives
 * re-runs, reordering and edits to other sentences. Normalisation ignores what an editor's touch-up or a
 * re-export changes without changing the claim: Unicode form, case, quote and dash styles, whitespace.
 */
import { createHash } from 'node:crypto';
import type { ClaimId } from './types.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 9 base32 characters = 45 bits: a collision among a million sentences has odds of about 1 in 70. */
const ID_LENGTH = 9;

export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[„“”‟"«»‹›‚‘’‛'`´]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, ' ')
    .trim();
}

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

export function hashId(input: string): ClaimId {
  return `k${base32(createHash('sha256').update(input).digest(), ID_LENGTH)}` as ClaimId;
}

/**
 * Assigns ids to sentences across the corpus. Identical sentences (the same wire copy in two articles,
 * a repeated line) get the plain hash on their first occurrence in corpus order and a salted hash after.
 */
export class SentenceIdAllocator {
  private readonly used = new Set<string>();
  /** How often each normalised text has been seen, so the n-th repeat costs one hash, not n. */
  private readonly seen = new Map<string, number>();

  allocate(text: string): ClaimId {
    const key = normaliseForId(text);
    let n = this.seen.get(key) ?? 1;
    let id = n === 1 ? hashId(key) : hashId(`${key}\u0000${n}`);
    while (this.used.has(id)) id = hashId(`${key}\u0000${++n}`);
    this.seen.set(key, n + 1);
    this.used.add(id);
    return id;
  }
}
