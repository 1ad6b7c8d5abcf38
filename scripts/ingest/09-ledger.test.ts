import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../src/schemas/corpus.ts';
import { emptyLedger, goneEntries, serialiseLedger, similarity, updateLedger } from './09-ledger.ts';

const claim = (id: string, article: string, text: string) => ({ id, article, text }) as Claim;
const article = (id: string, title: string, sentenceIds: string[] = []) => ({ id, title, sentences: sentenceIds.map((s) => ({ id: s })) }) as unknown as Article;

describe('ledger', () => {
  it('keeps every id ever published and the text it had', () => {
    let ledger = updateLedger(emptyLedger(), [article('a', 'A')], [claim('k1', 'a', 'Es waren 50 Haubitzen.')]);
    ledger = updateLedger(ledger, [article('b', 'B')], [claim('k2', 'b', 'Anderes.')]);
    expect(Object.keys(ledger.claims).sort()).toEqual(['k1', 'k2']);
    expect(Object.keys(ledger.articles).sort()).toEqual(['a', 'b']);
    expect(ledger.claims.k1!.text).toBe('Es waren 50 Haubitzen.');
  });

  it('serialises with sorted keys, so the file does not change without reason', () => {
    const a = updateLedger(emptyLedger(), [], [claim('k2', 'a', 'x'), claim('k1', 'a', 'y')]);
    const b = updateLedger(emptyLedger(), [], [claim('k1', 'a', 'y'), claim('k2', 'a', 'x')]);
    expect(serialiseLedger(a)).toBe(serialiseLedger(b));
  });

  it('points a gone claim at the most similar current one, preferring its own article', () => {
    const ledger = updateLedger(emptyLedger(), [article('a', 'A')], [claim('kold', 'a', 'Nordkorea soll knapp 50 Haubitzen an Russland geliefert haben.')]);
    const now = [claim('knew', 'a', 'Nordkorea soll knapp 60 Haubitzen an Russland geliefert haben.'), claim('kother', 'b', 'Etwas ganz anderes über Drohnen.')];
    const gone = goneEntries(ledger, [article('a', 'A', ['knew']), article('b', 'B', ['kother'])], now);
    expect(gone.claims).toEqual([{ id: 'kold', text: 'Nordkorea soll knapp 50 Haubitzen an Russland geliefert haben.', article: 'a', articleExists: true, sentenceExists: false, successor: { id: 'knew', score: 0.8 } }]);
  });

  it('says when the sentence is still there but no longer a claim, and when nothing similar is left', () => {
    const ledger = updateLedger(emptyLedger(), [article('a', 'A'), article('gone', 'Weg')], [claim('k1', 'a', 'Ein Satz über Kursk.'), claim('k2', 'gone', 'Ganz eigener Inhalt hier.')]);
    const gone = goneEntries(ledger, [article('a', 'A', ['k1'])], []);
    expect(gone.claims.find((c) => c.id === 'k1')).toMatchObject({ sentenceExists: true, articleExists: true, successor: null });
    expect(gone.claims.find((c) => c.id === 'k2')).toMatchObject({ sentenceExists: false, articleExists: false, successor: null });
    expect(gone.articles).toEqual([{ id: 'gone', title: 'Weg', successor: null }]);
  });

  it('measures similarity on words, not positions', () => {
    expect(similarity('a b c d', 'd c b a')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});
