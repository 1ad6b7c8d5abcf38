/** Reads the generated collections once per build and offers the lookups pages need. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Claim, GoneArticle, GoneClaim, Sentence } from '../schemas/corpus.ts';

export interface Corpus {
  articles: Article[];
  claims: Claim[];
  articleById: Map<string, Article>;
  claimById: Map<string, Claim>;
  /** Published once, gone now: their URLs still answer. */
  goneClaims: GoneClaim[];
  goneArticles: GoneArticle[];
  /** Editorial notes by claim id (content/notes). */
  noteByClaim: Map<string, CollectionEntry<'notes'>>;
}

let cached: Promise<Corpus> | undefined;

/** Articles newest first (undated last), then by title; claims in article order. */
export function loadCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const articles = (await getCollection('articles'))
      .map((e) => e.data)
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'de'));
    const order = new Map(articles.map((a, i) => [a.id, i]));
    const claims = (await getCollection('claims'))
      .map((e) => e.data)
      .sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.sentenceIndex - b.sentenceIndex);
    const goneClaims = (await getCollection('goneClaims')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
    const goneArticles = (await getCollection('goneArticles')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
    const notes = await getCollection('notes');
    return {
      articles,
      claims,
      articleById: new Map(articles.map((a) => [a.id, a])),
      claimById: new Map(claims.map((c) => [c.id, c])),
      goneClaims,
      goneArticles,
      noteByClaim: new Map(notes.map((n) => [n.data.claim, n])),
    };
  })();
  return cached;
}

export function claimCount(article: Article): number {
  return article.sentences.filter((s) => s.claimId !== null).length;
}

/** Link to a sentence in its article: the #id anchor plus a text fragment, so browsers highlight it. */
export function sentenceLink(articleUrl: string, sentence: Pick<Sentence, 'id' | 'text'>): string {
  const words = sentence.text.split(/\s+/u);
  const fragment = words.length > 8 ? `${encodeFragment(words.slice(0, 4).join(' '))},${encodeFragment(words.slice(-4).join(' '))}` : encodeFragment(sentence.text);
  return `${articleUrl}#${sentence.id}:~:text=${fragment}`;
}

/** Text fragments reserve "-", "," and "&"; encodeURIComponent leaves "-" alone. */
function encodeFragment(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
