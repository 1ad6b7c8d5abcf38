/**
 * How sure the outlet is of a sentence, and whose word it is (CONTRACT.md, `stance` and `cues`).
 *
 * Evidence comes from three places: the cue lexicon (content/language/cues.<language>.yaml), quotations (a quoted
 * stretch of three words or more, or a sentence that continues an open quotation, is reported speech), and for
 * German the future with "werden" ("Nordkorea wird … schicken"), which needs the verb at the end of the clause and
 * so is a rule here rather than a cue.
 *
 * Deciding: speculative > hedged > attributed > opinion > asserted, where the class is that of the reported
 * content. An attributed sentence whose content is hedged or speculative takes that class ("Laut Selenskyj sollen
 * …" is hedged, "Laut Selenskyj könnten …" speculative); an opinion inside a quotation is attributed. Two kinds of
 * cue change class in reported speech: Konjunktiv II standing in for Konjunktiv I ("Er sagte, Russland würde …")
 * counts as attributed (flag unlessAttributed; also right after an attributed sentence), and an anonymous hedge ("hieß es") counts as attributed when the
 * sentence names a source ("Aus Kreisen der Armee hieß es"; flag anonymous). Konjunktiv I ("sei", "habe") is an
 * attributed cue of its own.
 *
 * Known ambiguities, decided:
 * - "sollen" with a present infinitive is either reportative ("Die Soldaten sollen in Kursk kämpfen") or a
 *   reported plan ("Offiziere sollen … kennenlernen", "Die Truppen sollen verstärkt werden"). Both are somebody
 *   else's word the outlet does not vouch for: hedged. Only a purpose with an instrument as subject ("Die
 *   Sanktionen sollen … erschweren", "Damit soll verhindert werden") is asserted; those are blockers in the lexicon.
 * - "sollte": a verb-first clause is a condition ("Sollte sich das bestätigen, …"): speculative; "Damit sollte
 *   Seoul …" is a purpose: asserted; a past plan ("sollten ursprünglich …", "sollten … eingesetzt werden"):
 *   hedged; otherwise a recommendation ("Die Bundesregierung sollte …"): opinion.
 * - A question (ends in "?") is speculative unless it is inside a quotation with its speaker after it.
 * - What is known or verified is stated as fact: "Wie viele …, ist unklar", "Ob …, lässt sich nicht klären", "Die
 *   Angaben ließen sich nicht unabhängig überprüfen", "Reuters could not independently verify the figures", "It is
 *   unclear how many …" are asserted (the sentence reports nobody's claim, it says what the outlet knows), as are
 *   "äußerte sich nicht" and "has not commented". The doubt of the author about a claim stays hedged ("fraglich").
 * - Evidence: pictures with an owner ("Satellitenbilder des CSIS zeigen …") are attributed to the owner; pictures
 *   without one ("Satellitenbilder zeigen …") are asserted, unless they are the pictures a source has just been
 *   cited on ("Die Bilder zeigen …" after "CNN berichtete unter Berufung auf Satellitenbilder"; flag continuing).
 * - A sentence that ends in "!" outside a quotation is emotive: opinion, if nothing else decides it.
 * `cues` lists the verbatim words of the deciding class in sentence order; speech without a reporting word gives
 * the quotation mark that opens (or, in a continued quote, closes) it.
 */
import type { Stance } from '../types.ts';
import { isSpeech, matchCues, scanQuotes, tokenize, type CueClass, type CueLexicon, type Span, type Token } from './cues.ts';

const PRECEDENCE = ['speculative', 'hedged', 'attributed', 'opinion'] as const satisfies readonly CueClass[];

interface Evidence {
  readonly class: CueClass;
  readonly pieces: readonly Span[];
}

export function classifyStance(
  sentence: string,
  lexicon: CueLexicon,
  context: { previousStance?: Stance; inQuoteContinuation?: boolean } = {},
): { stance: Stance; cues: string[] } {
  // A stance cue stands on its own; "gegenüber CNN" only names whom something was said to.
  const matches = matchCues(sentence, lexicon).filter((m) => !m.cue.addressee);
  const tokens = tokenize(sentence);
  const speech = scanQuotes(sentence, lexicon.language, context.inQuoteContinuation ?? false, tokens).filter(isSpeech);
  const named = matches.some((m) => m.cue.class === 'attributed' && !m.cue.anonymous && !m.cue.continuing);
  // Indirect speech runs on over several sentences, with Konjunktiv II where Konjunktiv I looks like the indicative
  // ("Die Soldaten würden in Kursk eingesetzt" after "Budanow sagte, …").
  const reported = named || speech.length > 0 || context.previousStance === 'attributed';
  const evidence: Evidence[] = matches.filter((m) => !m.cue.continuing || reported).map((m) => ({
    class: (m.cue.unlessAttributed && reported) || (m.cue.anonymous && named) ? 'attributed' : m.cue.class,
    pieces: m.pieces,
  }));
  if (lexicon.language === 'de') {
    const future = futureWithWerden(tokens);
    if (future) evidence.push({ class: 'speculative', pieces: future });
  }

  for (const stance of PRECEDENCE) {
    const pieces = evidence.filter((e) => e.class === stance).flatMap((e) => e.pieces);
    if (pieces.length > 0) {
      const ordered = pieces.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start !== all[i - 1]!.start);
      return { stance, cues: ordered.map((p) => p.text) };
    }
    if (stance === 'attributed' && speech.length > 0) {
      const mark = speech[0]!.open ?? speech[0]!.close;
      return { stance, cues: mark === null ? [] : [sentence[mark]!] };
    }
  }
  return { stance: 'asserted', cues: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Future with "werden": a finite form of "werden" and an infinitive at the end of the clause ("Nordkorea wird
// Soldaten schicken", "…, dass Pjöngjang Soldaten schicken wird"). With a participle it is the passive ("Die
// Raketen werden eingesetzt"), which asserts.

const WERDEN = new Set(['wird', 'werden', 'wirst', 'werdet']);
const MODALS = new Set(
  'soll sollen sollte sollten kann können könnte könnten muss müssen müsste müssten darf dürfen dürfte dürften will wollen wollte wollten möchte möchten würde würden'.split(' '),
);
/** Clause ends for this rule: punctuation and quotation marks. */
const BREAK = /^[,;:.!?()–—„“”"»«]$/u;
/** Infinitives that start with "ge", which otherwise marks a participle. */
const GE_INFINITIVES = new Set(
  'geben gehen gehören gelten gelingen gewinnen gefährden gestalten gewähren gewährleisten genehmigen geraten gestehen geschehen gewöhnen gebrauchen gelangen genießen gedenken'.split(' '),
);
const SEPARABLE = [
  'zusammen', 'entgegen', 'gegenüber', 'zwischen', 'abhanden', 'heraus', 'hinaus', 'herbei', 'herum', 'hervor', 'hinzu', 'vorbei', 'voran',
  'weiter', 'wieder', 'zurück', 'zurecht', 'bekannt', 'bereit', 'kennen', 'nieder', 'durch', 'unter', 'über', 'dabei', 'daher', 'davon',
  'dazu', 'empor', 'gleich', 'kaputt', 'sicher', 'still', 'übrig', 'zuvor', 'fest', 'fort', 'nach', 'wahr', 'statt', 'teil', 'frei', 'hoch',
  'klar', 'fern', 'offen', 'nahe', 'preis', 'fehl', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'her', 'hin', 'los', 'mit', 'vor', 'weg', 'zu',
  'dar', 'um',
].sort((a, b) => b.length - a.length);
/** Words in -en that are not infinitives: participles without "ge", adverbs, pronouns and determiners. */
const NOT_INFINITIVES = new Set(
  `verloren vertrieben beschossen erschossen verboten betroffen begonnen entschieden vermieden überwiesen empfohlen verschwiegen
  erschienen entstanden verstanden bestanden bewiesen verwiesen unterschrieben beschrieben zerrissen worden offen eben trocken morgen
  oben unten innen außen draußen drinnen hinten selten zusammen dagegen entgegen hingegen zugegen deren denen dessen ihnen einen keinen
  seinen ihren unseren allen beiden vielen wenigen meisten anderen übrigen eigenen ersten letzten zwischen neben gegen wegen namens
  seitens mitten gestern vorgestern modern`.split(/\s+/),
);

function isParticiple(word: string): boolean {
  const prefix = SEPARABLE.find((p) => word.startsWith(p) && word.length > p.length + 4);
  const stem = prefix ? word.slice(prefix.length) : word;
  return stem.startsWith('ge') && !GE_INFINITIVES.has(stem);
}

function isInfinitive(token: Token): boolean {
  const w = token.text;
  if (!/^\p{Ll}/u.test(w)) return false;
  if (w === 'sein' || w === 'haben' || w === 'werden' || w === 'tun') return true;
  return w.length >= 4 && /(?:en|ern|eln)$/u.test(w) && !NOT_INFINITIVES.has(w) && !isParticiple(w);
}

function futureWithWerden(tokens: Token[]): Span[] | null {
  const clauses: Token[][] = [[]];
  for (const t of tokens) {
    if (BREAK.test(t.text)) clauses.push([]);
    else if (t.kind === 'word') clauses[clauses.length - 1]!.push(t);
  }
  for (const clause of clauses) {
    for (let k = 0; k < clause.length; k++) {
      const word = clause[k]!.text.toLowerCase();
      if (!WERDEN.has(word)) continue;
      // "sollen geliefert werden", "wird eingesetzt werden", "eingesetzt werden sollen": an infinitive, not the finite verb.
      if (word === 'werden' && clause.slice(0, k).some((t) => MODALS.has(t.text.toLowerCase()) || WERDEN.has(t.text.toLowerCase()))) continue;
      if (word === 'werden' && MODALS.has(clause[k + 1]?.text.toLowerCase() ?? '')) continue;
      if (k === clause.length - 1) {
        const before = clause[k - 1];
        if (before && isInfinitive(before)) return [before, clause[k]!];
      } else {
        const last = clause[clause.length - 1]!;
        if (isInfinitive(last)) return [clause[k]!, last];
      }
    }
  }
  return null;
}
