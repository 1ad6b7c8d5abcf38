import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../schemas/corpus.ts';
import { bibtex, citationMeta, claimJsonLd, cslJson, scriptJson } from './cite.ts';

const article = { id: 'a', url: '/artikel/a/', title: 'Nordkorea & {Russland}', kicker: null, outlet: 'Beispiel_Zeitung', published: '2024-11-16', language: 'de' } as Article;
const claim = { id: 'kabcdefghi', url: '/behauptungen/kabcdefghi/', article: 'a', sentenceIndex: 2, text: 'Es waren 50% mehr </script><script>alert(1)</script>.' } as Claim;
const input = { claim, article, permalink: 'https://x.example/behauptungen/kabcdefghi/', articleUrl: 'https://x.example/artikel/a/', siteName: 'Quellenlage' };

describe('citations', () => {
  it('gives CSL-JSON with date parts, outlet and the permalink', () => {
    expect(cslJson(input)).toMatchObject({ id: 'kabcdefghi', type: 'article-newspaper', 'container-title': 'Beispiel_Zeitung', issued: { 'date-parts': [[2024, 11, 16]] }, URL: input.permalink });
  });

  it('escapes BibTeX specials', () => {
    const bib = bibtex(input);
    expect(bib).toMatch(/^@misc\{kabcdefghi,\n/);
    expect(bib).toContain('title = {{Nordkorea \\& \\{Russland\\}}}');
    expect(bib).toContain('author = {{Beispiel\\_Zeitung}}');
    expect(bib).toContain('50\\% mehr');
    expect(bib).toContain('year = {2024}');
  });

  it('omits empty citation meta tags', () => {
    const tags = citationMeta({ ...input, article: { ...article, outlet: null, published: null } });
    expect(tags.map((t) => t.name)).toEqual(['citation_title', 'citation_public_url', 'citation_language']);
  });

  it('builds schema.org Claim JSON-LD that cannot break out of its script element', () => {
    const ld = claimJsonLd(input);
    expect(ld).toMatchObject({ '@type': 'Claim', author: { name: 'Beispiel_Zeitung' }, datePublished: '2024-11-16', appearance: { '@type': 'NewsArticle', url: input.articleUrl } });
    const json = scriptJson(ld);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});
