/**
 * Who a sentence cites. A cue of the lexicon (cues.<language>.yaml) says where its source stands: after it ("laut
 * X", "according to X"), before it ("X zufolge"), either side of a reporting verb ("X sagte" / "„…“, sagte X"), or
 * as the subject of the clause ("X hat nach eigenen Angaben …"); some cues are the source themselves ("nach
 * ukrainischen Angaben"). The source is then read as a noun phrase with a small grammar of articles, adjectives,
 * nouns, names, genitives and links ("Institut für Kriegsstudien", "Ministry of Defence").
 *
 * What `text` holds, always an exact substring of the sentence:
 * - the noun phrase without its leading article: "Das US-Außenministerium teilte mit" → "US-Außenministerium";
 * - a person's name without the title in front: "Außenministeriumssprecher Vedant Patel" → "Vedant Patel" (the
 *   name is what the lexicon resolves; a role without a name stays: "Sprecher des Pentagons");
 * - an outlet's name without its quotation marks and without the description around it: "der britische
 *   „Guardian“" → "Guardian", "die Zeitung „Nowaja Gaseta“" → "Nowaja Gaseta";
 * - the source behind a word for what it said: "einem Bericht des ISW" → "ISW", "Angaben aus Regierungskreisen"
 *   → "Regierungskreisen";
 * - described sources as written: "ukrainischen Angaben", "nicht näher genannte ukrainische Quelle";
 * - never evidence by itself (the lexicon's `evidence`: "Satellitenbilder", "satellite images"), but its owner:
 *   "Satellitenbilder des CSIS" → "CSIS", "imagery analysed by researchers at X" → "researchers at X" (German: a
 *   genitive; English: by or from, not of, which says what the pictures show).
 * A chain ("der „Guardian“ unter Berufung auf eine … Quelle") gives every link, in the order of the sentence.
 * "X erklärte gegenüber Y": X is the source; Y, whom it was said to, only when no speaker is named; so is an outlet
 * at the end of a genitive chain right before the verb ("wie ein Sprecher des Ministeriums der Nachrichtenagentur
 * AFP sagte" → "Sprecher des Ministeriums").
 * A list of names closed by "und"/"and" gives one source each ("Angaben aus Seoul, Kiew und Washington").
 *
 * Finding the subject of a reporting verb: before it, past auxiliaries and adverbs ("has consistently denied"), a
 * relative clause, a participle or prepositional phrase or an apposition between commas ("China, North Korea's
 * main trading partner, has called for …", "The ministry, in a statement, said", "its spokesman, Dmitri S. Peskov,
 * has …": the name), a participle phrase ("Officials speaking on condition of anonymity said") or a partitive ("A
 * rifleman among them said"); after it when the verb is inverted, past adverbs and focus particles ("so räumen
 * selbst ukrainische Offiziere ein", "fordern vor allem konservative Abgeordnete"). An anonymous "man" stands for
 * the place or institution the clause opens with ("Im Auswärtigen Amt teilt man …").
 *
 * Inheritance (inherited: true): a pronoun as speaker ("Er fügte hinzu") stands for the previous sentence's sources,
 * unless it opens a later main clause of a sentence whose first clause has a subject ("KCNA did not mention the
 * figures; it reported …": "KCNA", written in this sentence, not inherited); a sentence that starts inside an open
 * quotation, or is in Konjunktiv I, or cites a possessive ("nach seinen Angaben", "according to its figures"; cues
 * with `inherit`), and names no source of its own takes them over. So does a short anaphor: a definite article and one
 * noun that is a role, a carrier or one of the lexicon's `anaphors` ("Die Expertin", "des Instituts", "the official";
 * singular only: "the researchers" is written as it stands), or a carrier without an owner ("hieß es in einer
 * Erklärung"). An anaphor stands for the latest source named earlier in the article whose noun phrase has that noun
 * ("Korea-Expertin Dr. Julia Brandt" for "Die Expertin"), which needs `previous.earlier`, the article's sentences so
 * far; without a match, for the previous sentence's sources; without those it is written as it stands.
 */
import type { Source } from '../types.ts';
import { inWordList, isSpeech, matchCues, scanQuotes, tokenize, type CueLexicon, type CueMatch, type Token } from './cues.ts';

interface Grammar {
  /** Words that open a noun phrase and are not part of the source's text. */
  readonly articles: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  /** Speakers that stand for the previous sentence's sources. */
  readonly pronouns: ReadonlySet<string>;
  /** Speakers that name nobody. */
  readonly anonymous: ReadonlySet<string>;
  /** Function words that are never part of a name, even capitalised at the start of a sentence. */
  readonly stop: ReadonlySet<string>;
  /** Links inside one name: "Institut für Kriegsstudien", "Ministry of Defence". */
  readonly links: ReadonlySet<string>;
  /** Genitive articles that attach a second noun phrase: "Sprecher des Pentagons". */
  readonly genitives: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  /** Words between a subject and its verb: auxiliaries and adverbs ("Moscow has repeatedly denied"). */
  readonly betweenSubjectAndVerb: ReadonlySet<string>;
  /** Words that start a clause before its subject ("dass", "that"). */
  readonly clauseOpeners: ReadonlySet<string>;
  /** Adverbs between an inverted verb and its subject ("sagte am Mittwoch zudem ein Sprecher"). */
  readonly adverbs: ReadonlySet<string>;
  /** Prepositions that attach a place to a speaker before its verb: "Der Generalstab in Kiew sprach von …". */
  readonly places: ReadonlySet<string>;
  /** English nouns are lowercase, so any content word can be part of a noun phrase there. */
  readonly lowercaseNouns: boolean;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const GERMAN: Grammar = {
  articles: set('der die das des dem den ein eine einer eines einem einen sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren dieser diese dieses diesem diesen jener jene jenes'),
  prepositions: set('an am auf aus bei beim durch für gegen gegenüber hinter im in ins mit nach neben ohne seit über um unter vom von vor während wegen zu zum zur zwischen laut trotz dank innerhalb außerhalb binnen bis entlang gemäß seitens nahe per via'),
  pronouns: set('er sie'),
  anonymous: set('man es wir ich'),
  stop: set(`und oder aber denn doch sondern dass ob weil wenn als wie so da damit dazu dabei daher deshalb deswegen jedoch allerdings
    dagegen hingegen wiederum selbst zunächst erneut ebenfalls bisher später dann damals bislang stets immer nie nicht noch schon bereits
    nun jetzt heute gestern morgen inzwischen zuvor auch zudem außerdem also demnach dies was wer wo wann warum sich nur sehr etwa rund
    knapp mehr fast danach daraufhin anschließend kürzlich zuletzt erst dennoch trotzdem hier dort mittlerweile unterdessen indes
    zugleich gleichzeitig ebenso insgesamt wieder weiter vorher nachdem indem ohne gerne zwar sogar bald derzeit aktuell bereits
    welche welcher welches keine keinen kein keiner denen deren dessen ihnen alle allen beide beiden andere anderen ist sind war waren
    alles vieles einiges nichts etwas manches beides dieses jenes
    hat haben hatte hatten wird werden wurde wurden sei seien habe kann können soll sollen muss müssen darf dürfen will wollen
    offiziell öffentlich demzufolge`),
  links: set('für von vom aus'),
  genitives: set('des der eines einer'),
  coordinators: set('und sowie'),
  betweenSubjectAndVerb: set('selbst wiederum hingegen dagegen jedoch allerdings zudem auch nun indes'),
  clauseOpeners: set('dass weil ob und aber denn doch wie als nachdem während obwohl da zumal wobei sodass seit seitdem bevor falls sofern wenn indem solange sobald'),
  adverbs: set(`heute gestern zudem außerdem bereits auch nun jetzt inzwischen erneut ebenfalls zuvor später dazu dabei damals bislang bisher
    zunächst kürzlich zuletzt wiederum dagegen hingegen jedoch allerdings offiziell selbst sogar deshalb daher darum deswegen besonders
    insbesondere gerade vornehmlich vorwiegend hauptsächlich ausgerechnet ebenso vielmehr ohnehin nämlich`),
  places: set('in im aus bei beim'),
  lowercaseNouns: false,
};

const ENGLISH: Grammar = {
  articles: set('the a an another this that these those its his her their our'),
  prepositions: set('in on at by for from of to with without about after before during since until into over under between against among per via near across through'),
  pronouns: set('he she they it'),
  anonymous: set('one someone we i you'),
  stop: set(`and or but nor so yet that which who whom whose what when where while because although though if than as not no also
    already still just only even very more most less least is are was were be been being am has have had do does did will would could
    should may might must can shall said says say told tell tells claimed claims reported reports added noted there here then now today
    yesterday tomorrow recently earlier later previously repeatedly again however meanwhile separately moreover furthermore instead
    this that these those such other another show shows showed reveal reveals revealed depict depicts depicted`),
  links: set('of for from by'),
  genitives: set(''),
  coordinators: set('and'),
  betweenSubjectAndVerb: set('has have had is are was were also repeatedly previously earlier already later again publicly flatly strongly firmly openly separately long'),
  clauseOpeners: set('that and but while as because although'),
  adverbs: set('also later earlier again previously today yesterday recently separately publicly'),
  places: set('in at'),
  lowercaseNouns: true,
};

/** Words that open a relative clause or an inserted phrase between a subject and its verb. */
const INSERTION = new Set('der die das dem den deren dessen welche welcher welches ein eine einer wie darunter who which whose including such a an the'.split(' '));
/** Links that attach an affiliation to a speaker before its verb ("Berger von der Stiftung Wissenschaft"). */
const AFFILIATION = new Set(['von', 'vom', 'aus', 'of', 'from']);
/** Adverbs of two words that a preposition opens ("vor allem", "unter anderem"), skipped after an inverted verb. */
const TWO_WORD_ADVERBS = new Set(['vor allem', 'unter anderem', 'zum beispiel', 'zum teil', 'in erster']);
/** English nouns in -ly, which are no adverbs between a subject and its verb. */
const LY_NOUNS = new Set(['ally', 'family', 'assembly', 'supply', 'rally', 'daily', 'weekly', 'monthly', 'reply', 'anomaly', 'italy', 'july', 'monopoly', 'melee']);
/** Heads of an outlet's name, for a dative addressee before a German reporting verb. */
const OUTLET = /(?:[Zz]eitung|[Aa]gentur|[Ss]ender|[Mm]agazin|[Pp]ortal|[Bb]latt|[Ff]ernsehen|[Rr]undfunk|[Rr]edaktion)$/u;
/** German adverbs that join a second verb to the first clause's subject ("…, sagte aber, …"). */
const CONJUNCTIVE_ADVERBS = new Set(['aber', 'jedoch', 'allerdings', 'dann', 'zugleich', 'gleichwohl', 'indes']);
/** German numerals and quantifiers in front of a described source. */
const NUMBER_WORDS = new Set('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend mehrere einige viele zahlreiche etliche dutzende hunderte tausende'.split(' '));
/** Prepositions of a part of a group after a subject ("a rifleman among them"). */
const PARTITIVE = new Set(['among', 'unter']);
/** Prepositions that name the agent of a passive: before the participle in German, after it in English. */
const AGENT = new Set(['von', 'vom']);
const AGENT_AFTER = new Set(['by']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Adverbs between an English passive auxiliary and its participle ("is now cited by"). */
const PASSIVE_ADVERBS = new Set(['now', 'also', 'still', 'often', 'widely', 'frequently', 'repeatedly', 'increasingly', 'already', 'regularly', 'openly', 'publicly']);
const ADVERB_ENDING = /(?:end|weise|lich|mals|falls|dings|wärts|halb|dem)$/u;
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')']);
/** Articles of a short anaphor ("Die Expertin", "des Instituts", "the official"). */
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the']);
/** Articles before a singular noun in a case other than the nominative ("des Experten", "einer Erklärung"). */
const OBLIQUE = new Set(['des', 'dem', 'einem', 'einer', 'eines']);
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'a', 'an']);
/** German articles that cannot open a subject. */
const NOT_NOMINATIVE = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']);
/** German articles of a subject: a clause that opens with one followed by a noun has its subject before the verb. */
const NOMINATIVE = new Set(['der', 'die', 'das', 'ein', 'eine']);
/** Auxiliaries of the German passive (and of the perfect of intransitives). */
const PASSIVE = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'ist', 'sind', 'war', 'waren', 'sei', 'seien']);
/** Auxiliaries of the German perfect: "Pjöngjang hatte die Entsendung … bestätigt und …". */
const PERFECT = new Set(['hat', 'hatte', 'hatten', 'haben', 'habe', 'hätte', 'hätten']);
/** English words inside a name that a German sentence quotes: "Center for Strategic and International Studies". */
const NAME_LINKS = new Set(['for', 'of', 'and', 'on', 'the']);
/** English quantifiers in front of a described source ("Other experts put the figure at …"). */
const QUANTIFIERS = new Set(['other', 'many', 'some', 'several', 'most', 'few', 'both', 'all', 'numerous', 'various']);
/** Prepositions after which an English picture names its owner ("images from Maxar"; "images of the port" do not). */
const OWNER_LINKS = new Set(['by', 'from']);

interface Phrase {
  /** Token range of the whole phrase, article included. */
  start: number;
  end: number;
  /** First token after the article. */
  body: number;
  /** First token of the nouns. */
  head: number;
  headEnd: number;
  /** Token range inside quotation marks of a quoted name. */
  quoted: [number, number] | null;
  /** A genitive or linked phrase ("des Pentagons", "by the Financial Times"). */
  next: Phrase | null;
  /** The word that joins `next` on (lowercase: "des", "für", "by"), or null. */
  link: string | null;
  kind: 'phrase' | 'pronoun' | 'anonymous';
}

interface Found {
  start: number;
  end: number;
  text: string;
  cue: string;
  kind: 'phrase' | 'pronoun';
  /** Offset where the whole noun phrase starts, titles included ("Korea-Expertin Dr. Julia Brandt"). */
  phraseStart: number;
  /** A short anaphor ("Die Expertin"): what to look for in the sources named earlier. */
  anaphor: Anaphor | null;
}

interface Anaphor {
  /** The noun without its inflection, lowercase: "expertin", "institut". */
  readonly stem: string;
  /**
   * A generic role or a carrier ("Die Expertin", "the official", "in einer Erklärung") may stand for the previous
   * sentence's sources when nothing earlier matches; a compound role or an institution ("Der Regierungssprecher",
   * "Das Ministerium") only for a source named with that noun.
   */
  readonly generic: boolean;
}

/** Reads noun phrases of one sentence. */
class Phrases {
  readonly #g: Grammar;
  readonly #lexicon: CueLexicon;
  readonly tokens: Token[];
  /** Tokens that belong to a cue: a phrase never runs through one. */
  readonly #barrier: boolean[];
  /** Opening-mark index → closing-mark index of short quotations of a name („Guardian“, "Washington Post"). */
  readonly #names = new Map<number, number>();
  /** Marks of short quotations inside a clause (names and scare quotes: „unbesiegbar“), which do not end it. */
  readonly #inline = new Set<number>();

  constructor(tokens: Token[], lexicon: CueLexicon, matches: readonly CueMatch[]) {
    this.#g = lexicon.language === 'de' ? GERMAN : ENGLISH;
    this.#lexicon = lexicon;
    this.tokens = tokens;
    this.#barrier = this.tokens.map((t) => matches.some((m) => m.pieces.some((p) => t.start < p.end && p.start < t.end)));
    const open: number[] = [];
    this.tokens.forEach((t, i) => {
      if (t.kind !== 'quote') return;
      const o = open.pop();
      if (o !== undefined && i - o >= 2 && i - o <= 9) {
        const inner = this.tokens.slice(o + 1, i);
        if (inner.every((x) => x.kind === 'word' || /^[&.-]$/.test(x.text))) {
          this.#inline.add(o).add(i);
          // A name: capitalised ("Guardian", "Institute for the Study of War") or a web address ("missilethreat.csis.org").
          if (this.#isCapital(inner[0]!) || (inner.length === 1 && inner[0]!.text.includes('.'))) this.#names.set(o, i);
        }
      } else if (o === undefined) open.push(i);
    });
  }

  lower(i: number): string {
    return this.tokens[i]?.text.toLowerCase() ?? '';
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  #isCapital(t: Token): boolean {
    return startsUpper(t.text);
  }

  #isFunction(i: number): boolean {
    const w = this.lower(i);
    return this.#g.articles.has(w) || this.#g.prepositions.has(w) || this.#g.stop.has(w) || this.#g.pronouns.has(w) || this.#g.anonymous.has(w);
  }

  isPreposition(i: number): boolean {
    return this.#g.prepositions.has(this.lower(i));
  }

  /** A noun or name: capitalised in German; any content word in English. */
  #isNoun(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || this.#barrier[i] || this.#isFunction(i)) return false;
    // At the start of a sentence an adverb is capitalised too ("Abschließend sagte er", "Schließlich …", "Besonders …").
    if (i === 0 && (ADVERB_ENDING.test(t.text) || (!this.#g.lowercaseNouns && this.#g.adverbs.has(this.lower(i))))) return false;
    return this.#g.lowercaseNouns || this.#isCapital(t);
  }

  /** A lowercase word before the noun: an adjective or participle ("ranghoher", "nicht näher genannte"). */
  #isModifier(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || this.#barrier[i] || this.#isFunction(i)) {
      return this.lower(i) === 'nicht' && !this.#barrier[i];
    }
    // A numeral, capitalised at the start of a sentence too: "Zwei nordkoreanische Kriegsgefangene berichteten".
    if (NUMBER_WORDS.has(this.lower(i))) return true;
    if (this.#isCapital(t)) return false;
    return startsWith(DIGIT, t.text) || /(?:e|en|er|es|em)$/u.test(t.text) || ['näher', 'namentlich', 'offiziell', 'anonym'].includes(t.text);
  }

  #isCarrier(i: number): boolean {
    return testInflected(this.#lexicon.carriers, this.tokens[i]?.text ?? '');
  }

  /**
   * The noun phrase that starts at token i and ends before `limit`, or null. `afterCarrier`: the phrase follows a
   * word for what a source said ("Angaben von …"); `attachPlace`: a speaker before its verb may carry a place
   * ("Der Generalstab in Kiew").
   */
  parse(i: number, limit = this.tokens.length, afterCarrier = false, attachPlace = false): Phrase | null {
    if (i >= limit || this.#barrier[i] || !this.isWord(i)) {
      return this.#names.has(i) && i < limit ? this.#parseFrom(i, i, limit) : null;
    }
    const w = this.lower(i);
    if (this.#g.pronouns.has(w) || this.#g.anonymous.has(w)) {
      return { start: i, end: i + 1, body: i, head: i, headEnd: i + 1, quoted: null, next: null, link: null, kind: this.#g.pronouns.has(w) ? 'pronoun' : 'anonymous' };
    }
    const body = this.#g.articles.has(w) ? i + 1 : i;
    if (!afterCarrier && body === i && this.#g.links.has(w)) return null;
    return this.#parseFrom(i, body, limit, attachPlace);
  }

  #parseFrom(start: number, body: number, limit: number, attachPlace = false): Phrase | null {
    let j = body;
    if (!this.#g.lowercaseNouns) {
      // "ukrainische und westliche Quellen": modifiers may be coordinated.
      for (;;) {
        // An ordinal: "Die 47. Brigade"
        if (this.#isOrdinal(j, limit)) j += 2;
        else if (j < limit && this.#isModifier(j)) j++;
        else if (j > body && this.#g.coordinators.has(this.lower(j)) && this.#isModifier(j + 1)) j++;
        // "sowohl ukrainische als auch südkoreanische Geheimdienste"
        else if (j > body && this.lower(j) === 'als' && this.lower(j + 1) === 'auch' && this.#isModifier(j + 2)) j += 2;
        else break;
      }
    } else if (QUANTIFIERS.has(this.lower(j)) && !this.#barrier[j] && this.#isNoun(j + 1)) {
      // "Other experts", "Several analysts": a quantifier belongs to a described source.
      j++;
    }
    const head = j;
    let quoted: [number, number] | null = null;
    for (;;) {
      const close = this.#names.get(j);
      if (close !== undefined && close < limit) {
        quoted ??= [j + 1, close];
        j = close + 1;
      } else if (j > head && this.#endsGenitive(start, head, j, limit)) {
        break;
      } else if (j < limit && this.#isNoun(j)) {
        j++;
      } else if (j > head && j + 1 < limit && (this.#isAbbreviationDot(j) || this.#isInitialDot(j))) {
        // "U.S. officials", "U.N. inspectors": the full stop of an abbreviation inside the name; "Dmitri S. Peskov": of an initial.
        j++;
      } else if (j > head && j + 1 < limit && !this.#g.lowercaseNouns && NAME_LINKS.has(this.tokens[j]!.text) && !this.#barrier[j] && this.#isCapital(this.tokens[j + 1]!)) {
        // An English name in a German sentence: "Center for Strategic and International Studies"
        j++;
      } else if (j > head && j + 2 < limit && this.tokens[j]!.text === '(' && this.#isCapital(this.tokens[j + 1]!) && this.tokens[j + 2]!.text === ')') {
        j += 3;
      } else break;
    }
    if (j === head) return null;
    const phrase: Phrase = { start, end: j, body, head, headEnd: j, quoted, next: null, link: null, kind: 'phrase' };
    if (j < limit && !this.#barrier[j]) {
      const w = this.lower(j);
      const carrier = this.#isCarrier(head);
      // The source behind what it said or showed often comes with its place: "researchers at the lab", "Ärzte in Charkiw".
      const owned = carrier || this.#isEvidenceRun(head, j);
      let next: Phrase | null = null;
      if (this.#g.genitives.has(w)) next = this.parse(j, limit, false, attachPlace || owned);
      else if (this.#g.links.has(w) && (owned || this.#g.lowercaseNouns || w === 'für')) {
        next = this.parse(j + 1, limit, carrier, attachPlace || owned);
        // A German link continues a name only into another name ("Institut für Kriegsstudien", not "für die Ukraine").
        if (next && !this.#g.lowercaseNouns && !owned && next.head !== next.body) next = null;
      }
      if (next && next.kind === 'phrase') {
        phrase.next = next;
        phrase.link = w;
        phrase.end = next.end;
      } else if (attachPlace && (this.#g.places.has(w) || AFFILIATION.has(w))) {
        // "Der Generalstab in Kiew", "Anna Berger von der Stiftung Wissenschaft in Seoul"
        const place = this.parse(j + 1, limit, false, true);
        if (place && place.kind === 'phrase' && (this.#g.lowercaseNouns || AFFILIATION.has(w) || place.head === place.body)) {
          phrase.end = place.end;
          phrase.headEnd = place.end;
        }
      }
    }
    return phrase;
  }

  /** A full stop right after an abbreviation with inner full stops ("U.S"), with a word after it. */
  #isAbbreviationDot(j: number): boolean {
    const dot = this.tokens[j]!;
    const before = this.tokens[j - 1]!;
    return dot.text === '.' && before.kind === 'word' && before.end === dot.start && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(before.text) && this.isWord(j + 1) && !this.#barrier[j + 1];
  }

  /** A full stop right after a one-letter initial inside a name, with a capitalised name after it ("William J. Burns"). */
  #isInitialDot(j: number): boolean {
    const dot = this.tokens[j]!;
    const before = this.tokens[j - 1]!;
    const after = this.tokens[j + 1];
    return dot.text === '.' && before.kind === 'word' && before.end === dot.start && /^\p{Lu}$/u.test(before.text) && !!after && after.kind === 'word' && !this.#barrier[j + 1] && this.#isCapital(after);
  }

  /** A German ordinal in front of a noun: a number, a full stop right after it, a capitalised word ("47. Brigade"). */
  #isOrdinal(j: number, limit: number): boolean {
    const t = this.tokens[j];
    const dot = this.tokens[j + 1];
    return !!t && !!dot && j + 2 < limit && /^\d{1,3}$/u.test(t.text) && dot.text === '.' && dot.start === t.end && this.#isNoun(j + 2);
  }

  /**
   * True where a German genitive ends although a capitalised word follows: "nach Einschätzung des Instituts
   * Nahrungsmittel, Öl und Devisen". The word after a genitive common noun is the first of a list of nouns, not a
   * name ("des Senders CNN", "des Unternehmens Maxar": a role word, or no list).
   */
  #endsGenitive(start: number, head: number, j: number, limit: number): boolean {
    if (this.#g.lowercaseNouns || j !== head + 1 || j >= limit || !this.#g.genitives.has(this.lower(start)) || start !== head - 1) return false;
    const noun = this.tokens[head]!.text;
    if (!/s$/u.test(noun) || testInflected(this.#lexicon.roles, noun) || /^\p{Lu}{2,}$/u.test(this.tokens[j]!.text)) return false;
    const after = this.tokens[j + 1];
    if (!after) return false;
    if (after.text === ',') return this.isWord(j + 2) && this.#isCapital(this.tokens[j + 2]!) && !this.#g.articles.has(this.lower(j + 2));
    return this.#g.coordinators.has(after.text) && this.isWord(j + 2) && this.#isCapital(this.tokens[j + 2]!) && !this.#g.articles.has(this.lower(j + 2));
  }

  /** A word for evidence among the nouns head…end ("satellite imagery analysed"). */
  #isEvidenceRun(head: number, end: number): boolean {
    for (let k = head; k < end; k++) if (this.isWord(k) && testInflected(this.#lexicon.evidence, this.tokens[k]!.text)) return true;
    return false;
  }

  /** The owner of evidence: a German genitive or von-phrase, an English by- or from-phrase ("of" says what it shows). */
  #ownerOf(p: Phrase): Phrase | null {
    if (!p.next || !p.link) return null;
    // English "from" names an owner only with a name ("from Maxar"), not a place ("footage from the front").
    if (p.link === 'from' && !this.#isCapital(this.tokens[p.next.body]!)) return null;
    const owner = this.#g.lowercaseNouns ? OWNER_LINKS.has(p.link) : this.#g.genitives.has(p.link) || AGENT.has(p.link);
    return owner ? p.next : null;
  }

  /**
   * The source of evidence from the word after it (cue slot `owner`): "Satellitenbilder des CSIS", "Aufnahmen vom
   * Anbieter X", "images provided by Planet Labs".
   */
  owner(i: number): Phrase | null {
    let w = this.lower(i);
    if (this.#g.lowercaseNouns) {
      if (/(?:ed|en)$/u.test(w) && OWNER_LINKS.has(this.lower(i + 1))) w = this.lower(++i);
      return OWNER_LINKS.has(w) ? this.parse(i + 1, this.tokens.length, false, true) : null;
    }
    if (AGENT.has(w)) return this.parse(i + 1, this.tokens.length, false, true);
    return this.#g.genitives.has(w) ? this.parse(i, this.tokens.length, false, true) : null;
  }

  /**
   * A short anaphor for a source named earlier (see the module comment), or null: a definite article and one noun
   * that is a role, a carrier or an anaphor of the lexicon, in the singular; or a carrier after an indefinite
   * article ("hieß es in einer Erklärung").
   */
  anaphorOf(p: Phrase): Anaphor | null {
    if (p.kind !== 'phrase' || p.next || p.quoted || p.body !== p.start + 1 || p.end !== p.body + 1 || p.headEnd !== p.end) return null;
    // "die Wissenschaftlerin vom Hamburger Institut": an affiliation makes it a description, not an anaphor.
    const following = this.lower(p.end);
    if ((AFFILIATION.has(following) || this.#g.places.has(following)) && this.isWord(p.end + 1)) return null;
    const article = this.lower(p.start);
    const word = this.tokens[p.body]!.text;
    const oblique = OBLIQUE.has(article);
    const lists = [this.#lexicon.roles, this.#lexicon.anaphors, this.#lexicon.carriers];
    const exact = lists.some((list) => inWordList(list, word));
    const inflected = !exact && oblique && lists.some((list) => testInflected(list, word));
    if (!exact && !inflected) return null;
    const carrier = testInflected(this.#lexicon.carriers, word);
    if (!DEFINITE.has(article) && !(carrier && INDEFINITE.has(article))) return null;
    // English plurals are written as they stand ("the researchers"): a group, not one source named before.
    if (this.#g.lowercaseNouns && /[^su]s$/u.test(word.toLowerCase()) && !carrier) return null;
    const stem = (inflected ? word.replace(/(?:es|s|en|n)$/u, '') : word).toLowerCase();
    const role = inWordList(this.#lexicon.roles, word) || testInflected(this.#lexicon.roles, word);
    return { stem, generic: carrier || (role && !this.#isCompound(this.#lexicon.roles, word)) };
  }

  /** A compound of a word of the list ("Militärexperte", "Kremlsprecher"): a shorter end of it is in the list too. */
  #isCompound(list: RegExp, word: string): boolean {
    for (let k = 1; k <= word.length - 3; k++) {
      const rest = word.slice(k).replace(/^-/u, '');
      if (inWordList(list, rest.charAt(0).toUpperCase() + rest.slice(1))) return true;
    }
    return false;
  }

  /**
   * The longest noun phrase that ends right before token `end` (skipping auxiliaries and adverbs in between).
   * `asSubject`: not the object of a preposition; `first`: also the first phrase of its clause, as the subject before
   * a verb is in German main clauses ("Die Unterstützung … hält Berger für wahrscheinlich": not "Unterstützung").
   */
  before(end: number, asSubject: boolean, first = false): Phrase | null {
    while (end > 0 && this.isBetweenSubjectAndVerb(end - 1)) end--;
    const from = Math.max(this.clauseStart(end), end - 16);
    let best: Phrase | null = null;
    for (let s = end - 1; s >= from; s--) {
      const p = this.parse(s, end, false, asSubject);
      if (p && p.end === end) best = p;
    }
    if (!best) return null;
    // "Russland und Nordkorea dementieren": start from the first of coordinated subjects (see coordinated()); "Kyiv,
    // Seoul and Washington have condemned": from the first name of the list.
    if (best.start > 1 && this.#g.coordinators.has(this.lower(best.start - 1)) && !this.#barrier[best.start - 1]) {
      let first = this.before(best.start - 1, asSubject);
      if (first && first.kind === 'phrase') {
        while (this.#isNamePhrase(first) && this.tokens[first.start - 1]?.text === ',' && first.start > 1) {
          const earlier = this.before(first.start - 1, asSubject);
          if (!earlier || !this.#isNamePhrase(earlier)) break;
          first = earlier;
        }
        return first;
      }
    }
    // "A 20-year-old rifleman among them said": the subject stands before the partitive phrase.
    if (asSubject && best.start > 1 && PARTITIVE.has(this.lower(best.start - 1)) && !this.#barrier[best.start - 1]) return this.before(best.start - 1, asSubject, first);
    if (asSubject && best.start > 0 && this.isPreposition(best.start - 1)) return null;
    // "Den Angriff meldete die Luftwaffe": an accusative or dative article opens an object, not the subject.
    if (first && NOT_NOMINATIVE.has(this.lower(best.start))) return null;
    if (first) {
      for (let k = this.clauseStart(best.start); k < best.start; k++) {
        const w = this.lower(k);
        if (!this.#g.adverbs.has(w) && !this.#g.clauseOpeners.has(w)) return null;
      }
    }
    return best;
  }

  /**
   * Whether the verb at token `cue` may be a participle of a passive, whose agent stands before it: it ends its
   * clause, or a form of werden or sein comes before it ("wurde von Kiew bestätigt"). "Der Bürgermeister von
   * Charkiw meldet …" is active: "von Charkiw" belongs to the subject.
   */
  mayBePassive(cue: number, last: number): boolean {
    if (this.endsClause(last)) return true;
    for (let k = this.clauseStart(cue); k < cue; k++) if (PASSIVE.has(this.lower(k))) return true;
    return false;
  }

  /** The agent of a passive before its participle: "von westlichen Geheimdienstquellen bestätigt". */
  agent(end: number): Phrase | null {
    for (let s = end - 1; s >= Math.max(1, end - 10); s--) {
      if (!AGENT.has(this.lower(s - 1)) || this.#barrier[s - 1]) continue;
      const p = this.parse(s, end);
      if (p && p.kind === 'phrase' && p.end === end) return p;
    }
    return null;
  }

  /** The noun phrase right after token i; with `inverted`, after adverbs and prepositional phrases ("sagte am Mittwoch ein Sprecher"). */
  after(i: number, inverted: boolean): Phrase | null {
    // "laut von …" is no German, but "according to … of"; after an inverted verb a preposition opens an adverbial
    // ("meldet aus dem Gebiet Kursk den Einsatz"), skipped below.
    if (!inverted && this.#g.links.has(this.lower(i)) && !this.#barrier[i]) i++;
    for (let hops = 0; inverted && hops < 4 && i < this.tokens.length; hops++) {
      if (this.#g.adverbs.has(this.lower(i)) || this.lower(i) === 'sowohl' || (this.lower(i) === 'sich' && !this.#barrier[i])) i++;
      else if (TWO_WORD_ADVERBS.has(`${this.lower(i)} ${this.lower(i + 1)}`) && !this.#barrier[i]) i += 2;
      else if (this.isPreposition(i) && !this.#barrier[i]) {
        const pp = this.parse(i + 1);
        if (!pp) break;
        i = pp.end;
      } else break;
    }
    return this.parse(i, this.tokens.length, false, inverted);
  }

  /**
   * Whether the speaker may follow the verb at token `cue`: the verb opens its clause ("„…“, sagte X"), or in
   * German only an adverbial, a preposition's phrase or a demonstrative object stands before it ("Am Dienstag
   * sagte X", "Das berichtete X"). A clause that opens with a subject ("Die 47. Brigade meldet …") has its speaker
   * there, and the noun after the verb is its object.
   */
  mayInvert(cue: number): boolean {
    let k = this.clauseStart(cue);
    while (k < cue && this.#g.clauseOpeners.has(this.lower(k))) k++;
    if (k >= cue) return true;
    if (this.#g.lowercaseNouns) {
      for (let x = k; x < cue; x++) if (!this.#g.adverbs.has(this.lower(x))) return false;
      return true;
    }
    const w = this.lower(k);
    if (this.isPreposition(k) || this.#g.adverbs.has(w) || this.#g.stop.has(w) || k + 1 === cue) return true;
    if (!NOMINATIVE.has(w) && !this.#isNoun(k)) return true;
    // A noun phrase before the verb may still be its object ("Die Unterstützung … hält Berger für wahrscheinlich"):
    // the speaker after the verb is then a name or has a nominative article, never "den Einsatz", "die Einnahmen".
    let i = cue + 1;
    while (i < this.tokens.length && (this.#barrier[i] || this.#g.adverbs.has(this.lower(i)))) i++;
    if (this.isPreposition(i)) return false;
    const next = this.lower(i);
    return next === 'der' || next === 'ein' || (this.isWord(i) && this.#isCapital(this.tokens[i]!) && !this.#g.articles.has(next));
  }

  /** A German perfect ("hatte … bestätigt"): an auxiliary of it before token `cue` in its clause. */
  perfectBefore(cue: number): boolean {
    if (this.#g.lowercaseNouns) return false;
    for (let k = this.clauseStart(cue); k < cue; k++) if (PERFECT.has(this.lower(k))) return true;
    return false;
  }

  /**
   * English subject before a restrictive relative clause or a participle phrase: "Ukrainian investigators who
   * examined debris … found", "Officials speaking on condition of anonymity said".
   */
  relativeSubject(cue: number): Phrase | null {
    if (!this.#g.lowercaseNouns) return null;
    for (let k = cue - 1; k > this.clauseStart(cue); k--) {
      const w = this.lower(k);
      if (w === 'who' || w === 'which') return this.before(k, true, true);
    }
    for (let k = this.clauseStart(cue) + 1; k < cue - 1; k++) {
      if (!this.#barrier[k] && /^\p{Ll}{2,}(?:ing|ed)$/u.test(this.tokens[k]!.text) && !this.#g.stop.has(this.lower(k))) {
        const p = this.before(k, true, true);
        if (p && p.kind === 'phrase') return p;
      }
    }
    return null;
  }

  /** The subject of the clause before a participle clause (cue slot `clause`): "Kyiv has put the number higher, saying …". */
  clauseSubject(cue: number): Phrase | null {
    if (this.tokens[cue - 1]?.text !== ',' || cue < 2) return null;
    const p = this.subject(cue - 2);
    if (!p || p.kind !== 'phrase' || !this.#g.lowercaseNouns) return p;
    // English nouns are any content words: "The ministry rejected the report" ends its subject before the verb.
    for (let k = p.head + 1; k < p.headEnd; k++) {
      if (/\p{Ll}ed$/u.test(this.tokens[k]!.text)) return { ...p, end: k, headEnd: k, next: null, link: null };
    }
    return p;
  }

  /** Tokens a…b are a short name: capitalised words ("Vadym Skibitsky", "HUR"), initials with their full stop ("Dmitri S. Peskov"). */
  isName(a: number, b: number): boolean {
    if (b <= a || b - a > 5) return false;
    for (let k = a; k < b; k++) {
      if (k > a && k < b - 1 && this.#isInitialDot(k)) continue;
      if (!this.isWord(k) || this.#barrier[k] || !this.#isCapital(this.tokens[k]!) || this.#isFunction(k)) return false;
    }
    return true;
  }

  /** An auxiliary or adverb between a subject and its verb ("has", "later", "wiederum", "consistently"). */
  isBetweenSubjectAndVerb(i: number): boolean {
    if (this.#barrier[i]) return false;
    const w = this.lower(i);
    if (this.#g.betweenSubjectAndVerb.has(w)) return true;
    return this.#g.lowercaseNouns && (this.#g.adverbs.has(w) || (/^\p{Ll}{3,}ly$/u.test(this.tokens[i]?.text ?? '') && !LY_NOUNS.has(w)));
  }

  /**
   * A phrase without a last genitive link that is an outlet right before the verb: in "Wie ein Sprecher des
   * Ministeriums der Nachrichtenagentur AFP sagte" the outlet is a dative, whom it was said to. With one link only
   * it is a genitive ("Ein Sprecher der Zeitung sagte").
   */
  withoutAddressee(p: Phrase): Phrase {
    if (this.#g.lowercaseNouns || !this.#barrier[p.end]) return p;
    const chain: Phrase[] = [];
    for (let q: Phrase | null = p; q; q = q.next) chain.push(q);
    const last = chain[chain.length - 1]!;
    const link = chain[chain.length - 2]?.link;
    if (chain.length < 3 || (link !== 'der' && link !== 'dem') || !this.tokens.slice(last.head, last.headEnd).some((t) => OUTLET.test(t.text))) return p;
    const copies = chain.slice(0, -1).map((q) => ({ ...q, end: last.start }));
    copies.forEach((q, k) => {
      q.next = copies[k + 1] ?? null;
      if (k === copies.length - 1) q.link = null;
    });
    return copies[0]!;
  }

  /** True for the marks of a short quotation inside a clause (a name or a scare-quoted term). */
  isInline(k: number): boolean {
    return this.#inline.has(k);
  }

  /** Index of the first token of the clause that contains token i. */
  clauseStart(i: number): number {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct' && CLAUSE_BREAK.has(t.text) && !(t.text === '(' || t.text === ')')) return k + 1;
      if (t.kind === 'quote' && !this.#inline.has(k)) return k + 1;
    }
    return 0;
  }

  /** True when nothing but punctuation follows token i in its clause. */
  endsClause(i: number): boolean {
    const t = this.tokens[i + 1];
    return t === undefined || t.kind !== 'word';
  }

  /** The subject of the clause that contains token i: its first noun phrase, or the one after the verb when a prepositional phrase comes first. */
  subject(i: number): Phrase | null {
    let k = this.clauseStart(i);
    while (k < i && this.#g.clauseOpeners.has(this.lower(k))) k++;
    if (this.isPreposition(k)) {
      // Skip the prepositional phrase up to the finite verb ("In einem alarmierenden Bericht haben …").
      k++;
      const inPhrase = (x: number) =>
        !this.isWord(x) || this.#isCapital(this.tokens[x]!) || this.#g.articles.has(this.lower(x)) || (/(?:e|en|er|es|em)$/u.test(this.tokens[x]!.text) && !this.#g.stop.has(this.lower(x)));
      while (k < i && inPhrase(k)) k++;
      return this.parse(k + 1, i);
    }
    const p = this.parse(k, i + 1, false, true);
    if (p && (p.end === i || (this.isWord(p.end) && !this.#isCapital(this.tokens[p.end]!)))) return p;
    // "Offiziell hat Pjöngjang … eingeräumt": an adverb first, the subject after the finite verb.
    if (!p && this.#g.stop.has(this.lower(k)) && this.isWord(k + 1) && !this.#isCapital(this.tokens[k + 1]!)) return this.parse(k + 2, i);
    return null;
  }

  /** Token range of the cited source's text inside a phrase (see the module comment), or null for a pronoun. */
  textRange(p: Phrase): [number, number] | null {
    if (p.kind !== 'phrase') return null;
    if (this.#isEvidenceRun(p.head, p.next ? Math.min(p.headEnd, p.next.start) : p.headEnd)) {
      const owner = this.#ownerOf(p);
      return owner ? this.textRange(owner) : null;
    }
    for (let q: Phrase | null = p; q; q = q.next) if (q.quoted) return q.quoted;
    if (p.next && this.#isCarrier(p.head)) return this.textRange(p.next);
    if (!p.next) {
      // A title in front of a name: keep the name ("Korea-Experte Anna Berger von der …" → "Anna Berger").
      for (let k = p.head; k < p.headEnd - 1; k++) {
        if (!testInflected(this.#lexicon.roles, this.tokens[k]!.text)) continue;
        let e = k + 1;
        while (e < p.headEnd && this.tokens[e]!.kind === 'word' && startsUpper(this.tokens[e]!.text) && !testInflected(this.#lexicon.roles, this.tokens[e]!.text)) e++;
        const named = e > k + 1 && (e === p.headEnd || this.#g.links.has(this.lower(e)) || this.#g.places.has(this.lower(e)));
        if (named) return [k + 1, e];
      }
    }
    return p.body < p.end ? [p.body, p.end] : null;
  }

  /** A phrase of capitalised words only (a name, a place): "Seoul", "Ukraine's military intelligence" is not. */
  #isNamePhrase(x: Phrase): boolean {
    return x.kind === 'phrase' && this.tokens.slice(x.body, x.end).every((t) => t.kind !== 'word' || startsUpper(t.text));
  }

  /**
   * Phrases joined by "und"/"and": separate sources when both are names, one source otherwise. A list of names with
   * commas is separate sources when "und"/"and" closes it ("Angaben aus Seoul, Kiew und Washington"); without that
   * the comma may open an apposition, and the phrase stands alone.
   */
  coordinated(p: Phrase): Phrase[] {
    if (p.kind !== 'phrase' || this.#barrier[p.end]) return [p];
    if (this.tokens[p.end]?.text === ',' && this.#isNamePhrase(p)) {
      const list = [p];
      let j = p.end;
      while (this.tokens[j]?.text === ',' && list.length < 8) {
        const q = this.parse(j + 1);
        if (!q || !this.#isNamePhrase(q) || q.next) break;
        list.push(q);
        j = q.end;
      }
      if (list.length > 1 && this.#g.coordinators.has(this.lower(j)) && !this.#barrier[j]) {
        const last = this.parse(j + 1);
        if (last && this.#isNamePhrase(last)) return [...list, ...this.coordinated(last)];
      }
      return [p];
    }
    if (!this.#g.coordinators.has(this.lower(p.end))) return [p];
    const q = this.parse(p.end + 1);
    if (!q || q.kind !== 'phrase') return [p];
    if (this.#isNamePhrase(p) && this.#isNamePhrase(q)) return [p, ...this.coordinated(q)];
    return [{ ...p, end: q.end, next: null, link: null, headEnd: q.end }];
  }

  /** "Im Kanzleramt teilt man …", "In Tokio verweist man auf …": the place an anonymous speaker stands for, before the verb at `cue`. */
  placeOfAnonymous(cue: number): Phrase | null {
    if (this.#g.lowercaseNouns) return null;
    const k = this.clauseStart(cue);
    if (k >= cue || !this.#g.places.has(this.lower(k)) || this.#barrier[k]) return null;
    const p = this.parse(k + 1, cue);
    return p && p.kind === 'phrase' && p.end === cue ? p : null;
  }

  /**
   * The subject of the sentence's first clause, for a pronoun speaker of a later main clause ("KCNA did not mention
   * the figures; it reported …", "Der Kreml äußerte sich nicht; er verwies auf …"), or null: the pronoun must open
   * a clause after a semicolon or a coordinator, and the first clause must be neither a quotation nor reported speech.
   */
  antecedentInSentence(pronoun: number, inherit: readonly boolean[]): Phrase | null {
    const before = this.lower(pronoun - 1);
    const opensClause = before === ';' || (this.#g.coordinators.has(before) && this.tokens[pronoun - 2]?.text === ',') || ['aber', 'but', 'doch'].includes(before);
    if (!opensClause) return null;
    for (let k = 0; k < pronoun; k++) if (this.tokens[k]!.kind === 'quote' || inherit[k]) return null;
    const p = this.parse(0, pronoun, false, true);
    if (!p || p.kind !== 'phrase' || !this.isWord(p.end) || this.#isCapital(this.tokens[p.end]!) || this.#g.articles.has(this.lower(p.end))) return null;
    return p;
  }

  /**
   * The subject a German verb shares with the first clause when it opens a clause after a comma and no subject
   * follows it: "Ein Sprecher wollte keine Zahlen nennen, sagte aber, die Lage sei …". Not when the first clause is
   * a quotation or reported speech ("Die Lage sei ernst, sagte aber der Minister": the minister follows).
   */
  sharedSubject(cue: number, afterVerb: number, inherit: readonly boolean[]): Phrase | null {
    if (this.#g.lowercaseNouns || this.tokens[cue - 1]?.text !== ',' || this.clauseStart(cue) !== cue) return null;
    let i = afterVerb;
    while (i < this.tokens.length && (this.#g.adverbs.has(this.lower(i)) || CONJUNCTIVE_ADVERBS.has(this.lower(i)))) i++;
    const next = this.tokens[i];
    if (next && next.kind === 'word') return null;
    for (let k = 0; k < cue; k++) if (this.tokens[k]!.kind === 'quote' || inherit[k]) return null;
    const p = this.parse(0, cue, false, true);
    return p && p.kind === 'phrase' && this.isWord(p.end) && !this.#isCapital(this.tokens[p.end]!) ? p : null;
  }

  /** The token at or after character offset `offset`. */
  tokenAt(offset: number): number {
    const i = this.tokens.findIndex((t) => t.end > offset);
    return i === -1 ? this.tokens.length : i;
  }
}

/** A test of a word's first character, remembered per BMP code point (0 not yet known, 1 no, 2 yes). */
interface FirstCharacter {
  readonly test: RegExp;
  readonly known: Uint8Array;
}
const UPPERCASE: FirstCharacter = { test: /^\p{Lu}/u, known: new Uint8Array(0x10000) };
const DIGIT: FirstCharacter = { test: /^\p{N}/u, known: new Uint8Array(0x10000) };

/** `first.test.test(text)`: asked for most words of a sentence, and a regex with \p{…} is slow to compile. */
function startsWith(first: FirstCharacter, text: string): boolean {
  const code = text.codePointAt(0);
  if (code === undefined) return false;
  if (code > 0xffff) return first.test.test(text);
  let known = first.known[code]!;
  if (known === 0) first.known[code] = known = first.test.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

const startsUpper = (text: string) => startsWith(UPPERCASE, text);

/** A word of a list, also in the genitive or dative ("des US-Senders", "den Berichten"). */
const testInflected = (list: RegExp, word: string) => inWordList(list, word) || inWordList(list, word.replace(/(?:es|s|en|n)$/u, ''));

const pieceText = (m: CueMatch) => m.pieces.map((p) => p.text).join(' ');

/** The cue words of a match that are not the source itself ("nach ukrainischen Angaben" → "nach"). */
function remainderCue(m: CueMatch): string {
  const s = m.source!;
  const parts = m.pieces.flatMap((p) => [
    p.text.slice(0, Math.max(0, s.start - p.start)),
    p.text.slice(Math.max(0, Math.min(p.text.length, s.end - p.start))),
  ]);
  const words = parts.map((x) => x.trim()).filter(Boolean);
  return words.length > 0 ? words.join(' ') : pieceText(m);
}

function phrasesOf(m: CueMatch, ph: Phrases, matches: readonly CueMatch[]): Phrase[] {
  const first = m.pieces[0]!;
  const last = m.pieces[m.pieces.length - 1]!;
  const cueStart = ph.tokenAt(first.start);
  const afterFirst = ph.tokenAt(first.end);
  const lastToken = ph.tokenAt(last.end) - 1;
  let p: Phrase | null = null;
  switch (m.cue.source) {
    case 'after':
      p = ph.after(afterFirst, false);
      break;
    case 'before':
      p = ph.before(cueStart, true) ?? beforeInsertion(cueStart, ph);
      break;
    case 'subject':
      p = ph.subject(cueStart);
      break;
    case 'owner':
      p = ph.owner(afterFirst);
      break;
    case 'clause':
      p = ph.clauseSubject(cueStart);
      break;
    case 'either':
    case 'both': {
      // A passive names its agent: "von Kiew bestätigt", "confirmed by the Pentagon", "is now cited by Moscow".
      let auxiliary = cueStart - 1;
      while (auxiliary > 0 && PASSIVE_ADVERBS.has(ph.lower(auxiliary))) auxiliary--;
      const passive = PASSIVE_AUXILIARIES.has(ph.lower(auxiliary));
      // The German agent stands right before the participle, the last word of the cue ("als Beweis … dargestellt").
      const participle = ph.tokenAt(last.start);
      p = passive && AGENT_AFTER.has(ph.lower(afterFirst)) ? ph.after(afterFirst + 1, false) : ph.mayBePassive(cueStart, lastToken) ? ph.agent(participle) : null;
      // A verb at the end of its clause ("hat … bestätigt", "X sagte.") has its subject at the start of the clause.
      if (!p && ph.endsClause(lastToken)) p = ph.subject(cueStart);
      // "Pjöngjang hatte die Entsendung … bestätigt und als … dargestellt": the participle does not end the clause.
      if (!p && ph.perfectBefore(cueStart)) p = ph.subject(cueStart);
      p ??= ph.before(cueStart, true, true) ?? beforeInsertion(cueStart, ph) ?? ph.relativeSubject(cueStart);
      if (!p && ph.mayInvert(cueStart)) p = ph.after(afterFirst, true);
      // "Ein Sprecher wollte keine Zahlen nennen, sagte aber, …": a second verb shares the subject of the first clause.
      if (!p) p = ph.sharedSubject(cueStart, afterFirst, inheritTokens(ph, matches));
      // "Im Kanzleramt teilt man diese Sorge nicht": the place speaks.
      if (p && p.kind === 'anonymous') p = ph.placeOfAnonymous(cueStart) ?? p;
      // "CNN zitiert ukrainische Geheimdienstquellen": the one quoted is cited too.
      if (m.cue.source === 'both' && p && p.end <= cueStart) {
        const quoted = ph.after(afterFirst, false);
        return [...ph.coordinated(p), ...(quoted ? ph.coordinated(quoted) : [])];
      }
      break;
    }
    case 'none':
      break;
  }
  return p ? ph.coordinated(p) : [];
}

/**
 * "The Wall Street Journal, citing US officials, reported", "Die Quelle der „Post“, die im Geheimdienst arbeitet,
 * sagte", "Einige Experten, wie Jenny Town, äußerten": the subject stands before the inserted phrase.
 */
function beforeInsertion(cueStart: number, ph: Phrases): Phrase | null {
  // Auxiliaries and adverbs may stand between the insertion and the verb: "…, has previously dismissed", "…, later said".
  let close = cueStart - 1;
  while (close > 0 && ph.isBetweenSubjectAndVerb(close)) close--;
  if (ph.tokens[close]?.text !== ',') return null;
  for (let k = close - 1; k >= Math.max(0, close - 14); k--) {
    const t = ph.tokens[k]!;
    if (t.kind === 'quote' && !ph.isInline(k)) return null;
    if (t.text !== ',') continue;
    const opener = ph.lower(k + 1);
    // English insertions may open with a participle: "citing …", "briefed by …", "known as HUR".
    const participle = /^\p{Ll}\p{L}*(?:ing|ed|wn)$/u.test(ph.tokens[k + 1]?.text ?? '');
    // …or with a prepositional phrase: "The defence ministry, in a statement on Telegram, said".
    if (INSERTION.has(opener) || participle || ph.isPreposition(k + 1)) return ph.before(k, true);
    // An apposition that names the speaker: "Its deputy head, Vadym Skibitsky, told reporters".
    if (k > 0 && ph.isName(k + 1, close)) return ph.parse(k + 1, close);
    // An apposition that describes a subject at the start of its clause: "China, North Korea's main trading partner, has …".
    const apposition = ph.parse(k + 1, close);
    if (k > 0 && apposition && apposition.kind === 'phrase' && apposition.end === close) return ph.before(k, true, true);
    return null;
  }
  return null;
}

/** Per token: whether it belongs to a cue of reported speech that inherits its speaker (Konjunktiv I). */
function inheritTokens(ph: Phrases, matches: readonly CueMatch[]): boolean[] {
  return ph.tokens.map((t) => matches.some((m) => m.cue.inherit && m.pieces.some((p) => t.start < p.end && p.start < t.end)));
}

/** Who a sentence cites, before inheritance: the sources it names, whom something was said to, and whether it has an anonymous speaker. */
function collect(
  sentence: string,
  tokens: Token[],
  lexicon: CueLexicon,
  matches: readonly CueMatch[],
): { own: Found[]; addressees: Found[]; anonymousSpeaker: boolean } {
  const ph = new Phrases(tokens, lexicon, matches);
  const own: Found[] = [];
  const addressees: Found[] = [];
  let anonymousSpeaker = false;
  for (const m of matches) {
    if (m.source) {
      own.push({ ...m.source, cue: remainderCue(m), kind: 'phrase', phraseStart: m.source.start, anaphor: null });
      continue;
    }
    for (const p of phrasesOf(m, ph, matches)) {
      if (p.kind === 'anonymous') {
        anonymousSpeaker = true;
        continue;
      }
      const cue = pieceText(m);
      const start = ph.tokens[p.start]!.start;
      if (p.kind === 'pronoun') {
        const antecedent = ph.antecedentInSentence(p.start, inheritTokens(ph, matches));
        const range = antecedent && ph.textRange(antecedent);
        if (!range) {
          own.push({ start, end: start, text: '', cue, kind: 'pronoun', phraseStart: start, anaphor: null });
          continue;
        }
        const s = ph.tokens[range[0]]!.start;
        const e = ph.tokens[range[1] - 1]!.end;
        own.push({ start: s, end: e, text: sentence.slice(s, e), cue, kind: 'phrase', phraseStart: s, anaphor: ph.anaphorOf(antecedent!) });
        continue;
      }
      const range = ph.textRange(ph.withoutAddressee(p));
      if (!range) continue;
      const s = ph.tokens[range[0]]!.start;
      const e = ph.tokens[range[1] - 1]!.end;
      const found: Found = { start: s, end: e, text: sentence.slice(s, e), cue, kind: 'phrase', phraseStart: Math.min(s, ph.tokens[p.body]!.start), anaphor: ph.anaphorOf(p) };
      (m.cue.addressee ? addressees : own).push(found);
    }
  }
  return { own, addressees, anonymousSpeaker };
}

/** How far back an anaphor looks for the source it stands for. */
const ANAPHOR_REACH = 30;

/** Whether a word of a noun phrase is the anaphor's noun: itself, a compound of it, or inflected ("Militärexperte" for "Experte", "Institute" for "Institut"). */
function hasNoun(phrase: string, stem: string): boolean {
  for (const word of phrase.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (word === stem || word.endsWith(stem) || (word.startsWith(stem) && word.length - stem.length <= 2)) return true;
  }
  return false;
}

/** The latest source named in the earlier sentences whose noun phrase has the anaphor's noun (see the module comment). */
function antecedent(anaphor: Anaphor, earlier: readonly string[], lexicon: CueLexicon, resolve: (name: string) => string | null): Source | null {
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - ANAPHOR_REACH); k--) {
    const sentence = earlier[k]!;
    if (!sentence.toLowerCase().includes(anaphor.stem)) continue;
    const { own } = collect(sentence, tokenize(sentence), lexicon, matchCues(sentence, lexicon));
    for (const f of own) {
      if (f.kind !== 'phrase' || f.anaphor) continue;
      // The noun may be in an apposition: "said Tom Hale, a researcher at the institute".
      const apposition = sentence[f.end] === ',' ? sentence.slice(f.end, (sentence.indexOf(',', f.end + 1) + 1 || sentence.length + 1) - 1) : '';
      if (!hasNoun(sentence.slice(f.phraseStart, f.end) + apposition, anaphor.stem)) continue;
      return { text: f.text, ref: resolve(f.text), cue: f.cue, inherited: true };
    }
  }
  return null;
}

export function findSources(
  sentence: string,
  lexicon: CueLexicon,
  resolve: (name: string) => string | null,
  /**
   * The sentence before: its sources and whether it left a quotation open. `earlier`, optional: the article's
   * sentences up to and including that one, in order, for short anaphors ("Die Expertin") that refer further back.
   */
  previous?: { sources: Source[]; openQuote: boolean; earlier?: readonly string[] },
): { sources: Source[]; openQuote: boolean } {
  const tokens = tokenize(sentence);
  const quotes = scanQuotes(sentence, lexicon.language, previous?.openQuote ?? false, tokens);
  const last = quotes[quotes.length - 1];
  const openQuote = last !== undefined && last.close === null && isSpeech(last);
  const matches = matchCues(sentence, lexicon);
  const { own, addressees, anonymousSpeaker } = collect(sentence, tokens, lexicon, matches);

  const inherited = (previous?.sources ?? []).map((s) => ({ ...s, inherited: true }));
  const sources: Source[] = [];
  for (const f of own.sort((a, b) => a.start - b.start)) {
    if (f.kind === 'pronoun') {
      sources.push(...inherited);
      continue;
    }
    if (f.anaphor) {
      // "Die Expertin", "des Instituts", "the official": the source named earlier, else the previous sentence's.
      const named = previous?.earlier ? antecedent(f.anaphor, previous.earlier, lexicon, resolve) : null;
      if (named) {
        sources.push(named);
        continue;
      }
      const stem = f.anaphor.stem;
      const candidates = f.anaphor.generic ? inherited : inherited.filter((s) => hasNoun(s.text, stem));
      if (candidates.length > 0) {
        sources.push(...candidates);
        continue;
      }
    }
    sources.push({ text: f.text, ref: resolve(f.text), cue: f.cue, inherited: false });
  }
  const spoken = matches.some((m) => m.cue.class === 'attributed' && !m.cue.addressee);
  if (sources.length === 0 && addressees.length > 0 && spoken) {
    for (const f of addressees) sources.push({ text: f.text, ref: resolve(f.text), cue: f.cue, inherited: false });
  }
  const startsInQuote = previous?.openQuote === true && quotes[0]?.open === null;
  const konjunktiv = matches.some((m) => m.cue.inherit);
  if (own.length === 0 && sources.length === 0 && !anonymousSpeaker && (startsInQuote || konjunktiv)) sources.push(...inherited);

  const seen = new Set<string>();
  return {
    sources: sources.filter((s) => {
      const key = `${s.inherited}\u0000${s.text}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }),
    openQuote,
  };
}
