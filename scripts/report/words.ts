/**
 * Word lists for the lexicon-candidate heuristics in candidates.ts. All entries are lowercase; callers
 * lowercase the word before looking it up. The lists are deliberately short: they only have to catch the
 * capitalised words that sit next to names in German and English news copy.
 */

/** Words that are never part of a name: articles, pronouns, prepositions, conjunctions, common adverbs. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    // German
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner',
    'dieser diese dieses diesem diesen jener jene jenes jeder jede jedes solche solcher',
    'er sie es wir ihr ich du man sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere',
    'in im am an ans auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben zwischen',
    'durch gegen ohne um laut seit bis trotz wegen während gegenüber angesichts mithilfe statt',
    'und oder aber doch denn dass wenn als wie ob weil da nachdem obwohl damit sodass sobald falls',
    'auch noch nur schon bereits so dann jetzt nun heute gestern morgen hier dort nicht was wer wo warum',
    'wann welche welcher welches wessen mehr viele alle einige mehrere andere weitere beide zudem',
    'zusätzlich außerdem deshalb daher trotzdem dennoch bislang besonders selbst sowohl weder entweder',
    'etwa rund knapp fast bisher zuletzt inzwischen mittlerweile allerdings jedoch zwar immer erst',
    'gleichzeitig gerade vielleicht wohl offenbar angeblich kürzlich dabei darin davon dazu zunächst',
    'schließlich ja nein ganz sehr sogar eben neben nahe diesmal derzeit damals bald später',
    'neue neuen neuer neues erste ersten erster zweite dritte letzte letzten große großen hohe',
    // English
    'the a an this that these those it he she they we i you his her their its our my your',
    'on at by for from with to of as and or but if when while after before since during',
    'according also meanwhile however yet still now today yesterday tomorrow there here not no',
    'what who where why how which all some many several other others both more most such each every any',
    'first last',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Months, weekdays and time words: "Anfang August", "Ende Mai", "On Monday". */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  [
    'januar jänner februar märz april mai juni juli august september oktober november dezember',
    'january february march may june july october december',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    'monday tuesday wednesday thursday friday saturday sunday',
    'anfang ende mitte frühjahr frühling sommer herbst winter jahr jahres woche wochen monat monate tag tage',
    'spring summer autumn fall winter week weeks month months year years',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Generic place and institution nouns that precede a name ("Flughafen Sunan", "Oblast Kursk"). */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  [
    'flughafen hafen stadt städte region regionen provinz oblast gebiet gebiete bezirk kreis dorf ort insel',
    'fluss see meer straße platz bahnhof basis stützpunkt hauptstadt land länder staat staaten republik',
    'halbinsel grenze front typ modell system systeme',
    'airport port city province district village island river sea street square base capital state',
  ]
    .join(' ')
    .split(/\s+/),
);

/** The German place nouns above also head compounds: "Grenzregion Sumy", "Hafenstadt Wonsan". */
export const GENERIC_HEADS =
  /(?:hafen|stadt|region|provinz|oblast|gebiet|bezirk|kreis|insel|fluss|straße|platz|bahnhof|basis|stützpunkt|staat|republik|grenze|front|modell|system)$/u;

/**
 * Role words: a name follows or is explained by them ("Korea-Experte Anna Berger", "Joe Byrne, ein
 * Analyst"). German stems also match as the head of a compound (Außenministeriumssprecher, Militärexperte);
 * the optional ending covers the feminine and inflected forms.
 */
const GERMAN_ROLE_STEMS = [
  'experte', 'sprecher', 'analyst', 'präsident', 'minister', 'kanzler', 'direktor', 'chef', 'leiter',
  'general', 'generalleutnant', 'generalmajor', 'oberst', 'oberstleutnant', 'kommandeur', 'befehlshaber',
  'botschafter', 'diplomat', 'journalist', 'reporter', 'korrespondent', 'redakteur', 'professor', 'forscher',
  'wissenschaftler', 'historiker', 'politologe', 'ökonom', 'berater', 'sekretär', 'vorsitzende', 'gründer',
  'autor', 'blogger', 'abgeordnete', 'senator', 'gouverneur', 'bürgermeister', 'offizier', 'admiral',
  'machthaber', 'diktator', 'aktivist', 'anwalt', 'richter', 'fotograf', 'beobachter', 'inspekteur',
  'gesandte', 'beauftragte', 'kommandant',
];
const GERMAN_ROLE = new RegExp(`(?:${GERMAN_ROLE_STEMS.join('|')})(?:in|innen|en|n|s|es|r)?$`, 'u');
const EXACT_ROLES: ReadonlySet<string> = new Set(
  [
    'herr herrn frau dr prof major',
    'expert experts spokesman spokeswoman spokesperson analyst analysts president minister chancellor',
    'director chief head general colonel commander ambassador diplomat journalist reporter correspondent',
    'editor professor researcher scientist historian economist adviser advisor secretary chairman chair',
    'founder author blogger lawmaker senator governor mayor officer admiral captain mr mrs ms sir lord',
    'fellow leader envoy',
  ]
    .join(' ')
    .split(/\s+/),
);

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return EXACT_ROLES.has(lower) || GERMAN_ROLE.test(lower);
}

/** Verbs of speech right next to a name ("sagte Joe Byrne", "Jenny Town said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'sagte sagt sagten erklärte erklärt betonte betont schrieb schreibt warnte warnt meinte meint',
    'äußerte bestätigte berichtete',
    'said says told wrote writes added warned stated explained noted confirmed',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Words of English organisation names and titles ("Open Source Centre", "Stimson Center"). */
export const ENGLISH_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    // Only words that are not also German nouns: "Institute", "Organisation", "Initiative", "Programme",
    // "Magazine" and "Information" are German too and would make any German noun pair look English.
    'centre center service services agency council group foundation times news journal review research',
    'studies study university college school project network office command forces force army navy air',
    'corps ministry department intelligence defense defence international national security strategic',
    'open source global world united royal federal central company corporation association organization',
    'federation alliance watch press daily herald tribune telegraph observer economist weekly affairs',
    'policy peace conflict analysis armament endowment society committee commission bureau board',
    'authority partnership program laboratory systems industries dynamics technologies broadcasting',
    'foreign relations resilience directorate',
  ]
    .join(' ')
    .split(/\s+/),
);

/**
 * Given names that mark the start of a person's name. The lexicon adds the first words of its people;
 * this list covers frequent names in international news that are not in it yet.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    'joe john james jack michael david daniel peter paul mark matthew robert richard thomas william george',
    'charles christopher andrew anthony antony steven stephen kevin brian jason ryan eric frank henry',
    'lloyd jake pete marco jens olaf friedrich boris annalena carlo markus gustav jenny mary anna anne',
    'sarah laura emma julia lisa maria elizabeth jennifer jessica emily rachel rebecca susan karen kate',
    'catherine nicole sabrina kimberly frederic frédéric frederick',
    'wladimir vladimir sergej sergei sergey dmitri dmitry dmitrij alexander alexej alexei aleksei andrej',
    'andrei andriy andrij oleksandr olexandr wolodymyr volodymyr kyrylo mykola mychajlo juri yuri yuriy',
    'igor ivan iwan oleg oleh viktor mikhail michail pavel pawel nikolai ilya ihor taras dmytro natalia',
    'olena olga irina tatiana yulia julija anatoly valery waleri valeri yevgeny jewgeni ramzan',
    'hans klaus jürgen wolfgang stefan christian andreas martin heinz karl kurt ursula angela katrin',
    'claudia ralf roderich nico niklas lars sven christoph florian tobias sebastian johannes jonas',
    'felix maximilian moritz philipp jakob',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Words written in capitals that are not acronyms worth a lexicon entry (shouted words, units, time zones). */
export const COMMON_CAPS: ReadonlySet<string> = new Set(
  [
    'die der das und oder aber nicht auch nur mit von für auf aus bei nach zum zur ist sind war ein eine',
    'neu neue alle wie was wer wo ja nein ok top live news video foto fotos exklusiv achtung eil',
    'eilmeldung update info infos mehr hier jetzt faq pdf url html utc gmt mez mesz cet cest kw',
    'the and or but not for with from this that are was is it of to in on at by an as if no yes new',
    'breaking exclusive watch read more photo am pm',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Connectors inside organisation and personal names ("Institute for the Study of War", "van der"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'on', 'and', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
/** Connectors that make a phrase English ("and" alone does not: "Russia and Ukraine"). */
export const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'on']);

/** Connectors inside the long form of an acronym ("Sicherheitsdienst der Ukraine (SBU)"). */
export const LONG_FORM_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'on', 'and', 'der', 'des', 'für', 'und', 'zur', 'zum', 'de', 'du']);

/** Nouns that introduce a source rather than name it ("nach Angaben des …", "Bericht der …"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  [
    'angaben informationen information bericht berichten berichte erkenntnissen erkenntnisse einschätzung',
    'einschätzungen quellen daten analyse schätzungen zahlen aussagen mitteilung sprecherin sprecher',
    'report reports statement data analysis estimates',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Heads of institution names: a long form that does not share letters with its acronym still counts. */
export const INSTITUTION_HEADS =
  /(?:dienst|dienstes|ministerium|ministeriums|agentur|institut|instituts|amt|amtes|behörde|rat|rates|stab|stabs|armee|streitkräfte|kommando|partei|verband|organisation|zentrum|gruppe|stiftung|universität|gesellschaft|bank|service|agency|institute|council|ministry|department|office|command|centre|center|group|force|forces|army|party|union|bureau|directorate|administration|committee|commission|corporation)$/u;
