import { describe, expect, it } from 'vitest';
import { hashId, normaliseForId, SentenceIdAllocator } from './ids.ts';

describe('sentence ids', () => {
  it('depend on the text only, not on its position, quote style, case or spacing', () => {
    const a = new SentenceIdAllocator().allocate('Nordkorea soll „Koksan“-Haubitzen liefern.');
    const b = new SentenceIdAllocator().allocate('  Nordkorea  soll "Koksan"-Haubitzen LIEFERN. ');
    expect(a).toBe(b);
    expect(a).toMatch(/^k[a-z2-7]{9}$/);
  });

  it('change when the words change', () => {
    expect(hashId(normaliseForId('Es waren 50 Haubitzen.'))).not.toBe(hashId(normaliseForId('Es waren 60 Haubitzen.')));
  });

  it('give repeated sentences distinct ids, deterministically', () => {
    const ids = () => {
      const allocator = new SentenceIdAllocator();
      return ['Das ist so.', 'Anderes.', 'Das ist so.'].map((t) => allocator.allocate(t));
    };
    const first = ids();
    expect(new Set(first).size).toBe(3);
    expect(ids()).toEqual(first);
    expect(first[0]).toBe(new SentenceIdAllocator().allocate('Das ist so.'));
  });
});
