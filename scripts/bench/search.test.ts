import { describe, expect, it } from 'vitest';
import { answeringRender, requestKind } from './search.ts';

describe('answeringRender', () => {
  it('skips renders for a prefix that landed within the debounce after the last keystroke', () => {
    const renders = [
      { t: 90, shown: 3 },
      { t: 110, shown: 4 },
      { t: 160, shown: 10 },
    ];
    expect(answeringRender(renders, 100)).toEqual({ t: 160, shown: 10 });
    expect(answeringRender(renders, 50)).toEqual({ t: 90, shown: 3 });
    expect(answeringRender([], 0)).toBeUndefined();
  });
});

describe('requestKind', () => {
  it('groups Pagefind requests', () => {
    expect(requestKind('/pagefind/pagefind.js')).toBe('pagefind.js');
    expect(requestKind('/pagefind/pagefind-worker.js')).toBe('pagefind.js');
    expect(requestKind('/pagefind/wasm.de.pagefind')).toBe('wasm');
    expect(requestKind('/pagefind/pagefind.de_746a9264cf.pf_meta')).toBe('meta');
    expect(requestKind('/pagefind/index/de_24b6feb.pf_index')).toBe('word index');
    expect(requestKind('/pagefind/fragment/de_d72abef.pf_fragment')).toBe('fragments');
    expect(requestKind('/pagefind/filter/de_1.pf_filter')).toBe('filters');
    expect(requestKind('/pagefind/pagefind-entry.json')).toBe('entry');
  });
});
