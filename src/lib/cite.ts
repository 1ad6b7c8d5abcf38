/**
 * Citation formats for a claim page: CSL-JSON and BibTeX for reference managers, Highwire `citation_*`
 * meta tags, and schema.org `Claim` JSON-LD. Pure functions of the claim and its article, so they can be
 * tested without a build and stay byte-identical between builds (no dates of "now").
 */
import type { Article, Claim } from '../schemas/corpus.ts';

export interface CitationInput {
  claim: Claim;
  article: Article;
  /** Absolute permalink of the claim page. */
  permalink: string;
  /** Absolute URL of the article page on this site. */
  articleUrl: string;
  siteName: string;
}

const dateParts = (iso: string | null) => (iso ? [iso.split('-').map(Number)] : undefined);

export function cslJson({ claim, article, permalink, siteName }: CitationInput): Record<string, unknown> {
  return {
    id: claim.id,
    type: 'article-newspaper',
    title: article.title,
    'container-title': article.outlet ?? undefined,
    issued: article.published ? { 'date-parts': dateParts(article.published) } : undefined,
    language: article.language,
    URL: permalink,
    note: `Behauptung: „${claim.text}“ (Satz ${claim.sentenceIndex + 1}), dokumentiert bei ${siteName}`,
  };
}

/** BibTeX needs its special characters escaped; braces keep capitalisation of the title. */
function bibtexEscape(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&$#_])/g, '\\$1').replace(/\^/g, '\\^{}').replace(/~/g, '\\~{}');
}

export function bibtex({ claim, article, permalink, siteName }: CitationInput): string {
  const fields: Array<[string, string | null]> = [
    ['title', `{${bibtexEscape(article.title)}}`],
    ['author', article.outlet ? `{${bibtexEscape(article.outlet)}}` : null],
    ['year', article.published?.slice(0, 4) ?? null],
    ['month', article.published ? String(Number(article.published.slice(5, 7))) : null],
    ['howpublished', `\\url{${permalink}}`],
    ['note', `Behauptung: „${bibtexEscape(claim.text)}“, dokumentiert bei ${bibtexEscape(siteName)}`],
    ['language', article.language],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== null).map(([k, v]) => `  ${k} = {${v}}`);
  return `@misc{${claim.id},\n${body.join(',\n')}\n}`;
}

/** Highwire Press tags, read by Zotero and Google Scholar. */
export function citationMeta({ article, permalink }: CitationInput): Array<{ name: string; content: string }> {
  const tags = [
    { name: 'citation_title', content: article.title },
    { name: 'citation_author', content: article.outlet ?? '' },
    { name: 'citation_publication_date', content: article.published?.replace(/-/g, '/') ?? '' },
    { name: 'citation_public_url', content: permalink },
    { name: 'citation_language', content: article.language },
  ];
  return tags.filter((t) => t.content !== '');
}

export function claimJsonLd({ claim, article, permalink, articleUrl, siteName }: CitationInput): Record<string, unknown> {
  const outlet = article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': permalink,
    url: permalink,
    text: claim.text,
    inLanguage: article.language,
    author: outlet,
    datePublished: article.published ?? undefined,
    appearance: {
      '@type': 'NewsArticle',
      headline: article.title,
      url: articleUrl,
      inLanguage: article.language,
      datePublished: article.published ?? undefined,
      publisher: outlet,
    },
    isPartOf: { '@type': 'WebSite', name: siteName },
  };
}

/** JSON for a <script> element: "<" escaped so that article text can never close the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data, null, 1).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The verdict scale, best first, as ratingValue 6…1 for schema.org ClaimReview. */
export const VERDICTS = ['richtig', 'größtenteils richtig', 'unbelegt', 'fehlender Kontext', 'irreführend', 'falsch'] as const;

export function claimReviewJsonLd(input: CitationInput, review: { verdict: (typeof VERDICTS)[number]; author?: string; date?: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.permalink,
    claimReviewed: input.claim.text,
    itemReviewed: claimJsonLd(input),
    author: { '@type': 'Organization', name: review.author ?? input.siteName },
    datePublished: review.date,
    inLanguage: 'de',
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICTS.length - VERDICTS.indexOf(review.verdict),
      bestRating: VERDICTS.length,
      worstRating: 1,
      alternateName: review.verdict,
    },
  };
}
