import { describe, expect, it } from 'vitest';
import { bytes, count, median, ratio, table } from './format.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('formatting', () => {
  it('formats bytes, counts and ratios', () => {
    expect(bytes(512)).toBe('512 B');
    expect(bytes(150 * 1024)).toBe('150.0 KB');
    expect(bytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(bytes(null)).toBe('–');
    expect(count(12345.6)).toBe('12,346');
    expect(ratio(6.5, 4.1)).toBe('1.59×');
    expect(ratio(1, null)).toBe('–');
  });

  it('aligns a table: first column left, the others right, one-cell rows span', () => {
    expect(table([['a', 'bb'], ['ccc', 'd'], ['section']])).toBe('a    bb\n───────\nccc   d\nsection');
  });
});
