import { describe, expect, it } from 'vitest';
import { astroPhases, gnuTimeCpu, gnuTimeMaxRss, pageTiming, stageTimes, timingsByType } from './build-log.ts';

const at = (t: number, text: string) => ({ t, text });

describe('stageTimes', () => {
  it('times stages from their start and done lines and keeps what build.ts printed', () => {
    const lines = [
      at(0, '▸ ingest …'),
      at(10, '  ! bench-00001.txt: warning'),
      at(2300, '✓ ingest: 50 articles, 1057 sentences, 670 claims (2.3 s)'),
      at(2301, '▸ astro build …'),
      at(8800, '✓ astro build: site in /x/dist (6.5 s)'),
    ];
    expect(stageTimes(lines)).toEqual([
      { name: 'ingest', seconds: 2.3, reported: 2.3 },
      { name: 'astro build', seconds: 6.499, reported: 6.5 },
    ]);
  });
});

describe('pageTiming', () => {
  it('reads the per-page lines in ms and s, with or without colours', () => {
    expect(pageTiming('03:13:57   ├─ /artikel/x/index.html (+30ms) ')).toEqual({ path: '/artikel/x/index.html', ms: 30 });
    expect(pageTiming('\x1b[2m03:13:57\x1b[22m   └─ /index.html \x1b[2m(+1.25s)\x1b[22m')).toEqual({ path: '/index.html', ms: 1250 });
    expect(pageTiming('03:13:57 [build] ✓ Completed in 1.59s.')).toBeNull();
  });
});

describe('timingsByType', () => {
  it('sums per-page times by page type and keeps the slowest page', () => {
    const lines = [at(0, '  ├─ /behauptungen/kabc/index.html (+2ms)'), at(1, '  ├─ /behauptungen/kdef/index.html (+6ms)'), at(2, '  └─ /index.html (+30ms)')];
    const byType = timingsByType(lines);
    expect(byType.claim).toEqual({ pages: 2, seconds: 0.008, meanMs: 4, maxMs: 6, slowest: '/behauptungen/kdef/index.html' });
    expect(byType.home?.pages).toBe(1);
    expect(byType.article).toBeUndefined();
  });
});

describe('astroPhases', () => {
  it('splits the astro build at its progress lines', () => {
    const lines = [
      at(1000, '03:13:55 [build] Building static entrypoints...'),
      at(2500, ' generating static routes '),
      at(6000, '03:14:01 [build] 868 page(s) built in 7.05s'),
    ];
    expect(astroPhases(lines, 0, 6500)).toEqual({ setup: 1, bundle: 1.5, render: 3.5, finish: 0.5 });
    expect(astroPhases([], 0, 10).render).toBeNull();
  });
});

describe('gnuTimeMaxRss', () => {
  it('reads the peak RSS in bytes', () => {
    expect(gnuTimeMaxRss('\tMaximum resident set size (kbytes): 1680832\n')).toBe(1680832 * 1024);
    expect(gnuTimeMaxRss('nothing')).toBeNull();
  });
});

describe('gnuTimeCpu', () => {
  it('adds user and system time', () => {
    expect(gnuTimeCpu('\tUser time (seconds): 53.43\n\tSystem time (seconds): 5.25\n')).toBeCloseTo(58.68);
    expect(gnuTimeCpu('')).toBeNull();
  });
});
