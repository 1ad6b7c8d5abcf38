import { describe, expect, it } from 'vitest';
import { classifyPage, distPath, medianBy, stylesheetHrefs } from './pages.ts';

describe('classifyPage', () => {
  it.each([
    ['index.html', 'home'],
    ['/index.html', 'home'],
    ['suche/index.html', 'search'],
    ['artikel/index.html', 'index'],
    ['artikel/nordkorea-soll-liefern-3/index.html', 'article'],
    ['/behauptungen/k26hruauzo/index.html', 'claim'],
    ['behauptungen/index.html', 'index'],
    ['behauptungen/haltung/hedged/index.html', 'facet'],
    ['behauptungen/waffe/koksan-m1989/index.html', 'facet'],
    ['waffen/koksan-m1989/index.html', 'weapon'],
    ['glossar/beistandspakt/index.html', 'glossary'],
    ['quellen/financial-times/index.html', 'source'],
    ['quellen/weitere/index.html', 'index'],
    ['quellen/weitere/analysten/index.html', 'other'],
    ['404.html', 'other'],
    ['/data/claims.json', 'other'],
  ])('%s is %s', (path, type) => {
    expect(classifyPage(path)).toBe(type);
  });

  it('does not take a section word for a claim id', () => {
    expect(classifyPage('behauptungen/Haltung/index.html')).toBe('other');
  });
});

describe('medianBy', () => {
  it('picks the lower median by key and leaves the input alone', () => {
    const items = [{ n: 5 }, { n: 1 }, { n: 9 }, { n: 3 }];
    expect(medianBy(items, (i) => i.n)).toEqual({ n: 3 });
    expect(items[0]).toEqual({ n: 5 });
    expect(medianBy([{ n: 2 }, { n: 7 }, { n: 4 }], (i) => i.n)).toEqual({ n: 4 });
    expect(medianBy([], () => 0)).toBeUndefined();
  });
});

describe('stylesheetHrefs', () => {
  it('finds linked stylesheets in any attribute order, quoted or not', () => {
    const html = '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/Base.css"><link href=/_astro/a.css rel=stylesheet><link href=\'/x.css\' rel="preload stylesheet">';
    expect(stylesheetHrefs(html)).toEqual(['/_astro/Base.css', '/_astro/a.css', '/x.css']);
  });
});

describe('distPath', () => {
  it('maps site URLs to files in dist/', () => {
    expect(distPath('/_astro/Base.css')).toBe('_astro/Base.css');
    expect(distPath('/')).toBe('index.html');
    expect(distPath('/suche/?q=x')).toBe('suche/index.html');
    expect(distPath('/site/a.css', '/site/')).toBe('a.css');
    expect(distPath('https://example.org/a.css')).toBeNull();
    expect(distPath('//cdn.example/a.css')).toBeNull();
  });
});
