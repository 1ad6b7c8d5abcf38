/**
 * Stance, cues and cited sources on sentences written for these tests in the style of wire reports about
 * North Korean weapons and troops in Russia's war (none copied from the seeds).
 *
 * Each row: sentence, expected stance, expected cues (verbatim, in order), expected sources (text; a leading
 * "^" marks a source inherited from the previous sentence). Rows are grouped in passages: consecutive sentences
 * of one article, so the previous sentence's stance, sources and open quote flow into the next one, as in the
 * pipeline.
 *
 * The tuning tables were written before the classifier and every row must pass, except KNOWN_LIMITS (expected
 * failures). They grew in batches, each written before it was run: the second batch scored 60/69 on stance at its
 * first run, the third 37/45; every miss but one was a missing cue word, so on unseen text the size of the cue
 * lexicon is the limit. The held-out table was written with the first batch but not looked at while tuning; it is
 * scored as a whole against the score of its first run, so it guards against regressions without being tuned on.
 *
 * The fourth batch (78 rows, German and English) was written before the rules it tests, from the general causes of
 * the misses on the blind development corpus (tests/fixtures/gold), none of its sentences copied; 20 of its rows
 * passed at its first run. Rows added after it (marked in the batch) come from probing the rules on new sentences.
 * Rows whose expected value changed with it, because they contradicted CONTRACT.md ("asserted: stated as fact by
 * the outlet"; a source is who is cited): statements about what is known or verified ("ließen sich nicht
 * unabhängig überprüfen", "could not be independently verified", "is not clear whether", "ist unklar", "wollte …
 * nicht bestätigen") are asserted, not hedged; "Satellitenbilder" is no source; footage "released by" a named
 * party is evidence with an owner, attributed to it.
 *
 * The fifth batch (65 rows, German and English) was written before the rules it tests, from the general causes of
 * the misses on the second blind corpus (tests/fixtures/gold-dev2, another annotator), none of its sentences copied;
 * 12 of its rows passed at its first run. 44 rows were added after it from probing the rules on new sentences (wire
 * constructions such as "wie ein Sprecher … der Nachrichtenagentur AFP sagte", "in a statement", "called on", "aus
 * Sicht der …", and classes of hedges and forecasts). One older row changed with it: "rejected the report" is a cue
 * of its own now.
 *
 * Passages run as the pipeline runs them: each sentence gets the previous one's sources, quote state and stance, and
 * the article's sentences so far (`earlier`, for anaphors such as "Die Expertin").
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Source, Stance } from '../types.ts';
import { loadCueLexicon, type CueLexicon } from './cues.ts';
import { findSources } from './sources.ts';
import { classifyStance } from './stance.ts';

type Row = readonly [sentence: string, stance: Stance, cues: readonly string[], sources: readonly string[]];
type Passage = readonly Row[];

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const lexicons = { de: loadCueLexicon(contentDir, 'de'), en: loadCueLexicon(contentDir, 'en') };

// Single sentences are passages of one.
const one = (...rows: Row[]): Passage[] => rows.map((row) => [row]);

const TUNING_DE: Passage[] = [
  // Asserted, including look-alikes of cues.
  ...one(
    ['Nordkorea hat Tausende Soldaten nach Russland entsandt.', 'asserted', [], []],
    ['Die Haubitzen vom Typ Koksan haben eine Reichweite von rund 40 Kilometern.', 'asserted', [], []],
    ['Die Europäische Union verhängte am Montag neue Sanktionen gegen Pjöngjang.', 'asserted', [], []],
    ['Die neuen Sanktionen sollen den Waffenhandel zwischen beiden Ländern erschweren.', 'asserted', [], []],
    ['Mit den Maßnahmen soll verhindert werden, dass weitere Raketen nach Russland gelangen.', 'asserted', [], []],
    ['Damit sollte Seoul zu einer Reaktion gezwungen werden.', 'asserted', [], []],
    ['Russland und Nordkorea hatten im Juni 2024 einen Vertrag über gegenseitigen Beistand unterzeichnet.', 'asserted', [], []],
    ['Die Ukraine setzt seit Monaten Drohnen gegen die nordkoreanischen Einheiten in der Region Kursk ein.', 'asserted', [], []],
    ['Die Raketen werden in Russland in großer Zahl eingesetzt.', 'asserted', [], []],
    ['Nordkorea wird seit 2011 von Kim Jong Un regiert.', 'asserted', [], []],
    ['Die Soldaten wurden in der Nacht zum Mittwoch an die Front verlegt.', 'asserted', [], []],
    ['Kim Jong Un besuchte im September 2023 das Kosmodrom Wostotschny.', 'asserted', [], []],
    ['Gegenüber dem Vorjahr stiegen die Exporte nach Russland deutlich.', 'asserted', [], []],
    ['Die Ukraine hat zwei nordkoreanische Soldaten gefangen genommen.', 'asserted', [], []],
    ['Es ist der erste Einsatz nordkoreanischer Truppen in einem Krieg in Europa.', 'asserted', [], []],
    ['Die Ukraine hat sehr wohl Beweise für den Einsatz vorgelegt.', 'asserted', [], []],
    ['Nordkorea droht dem Westen mit Vergeltung.', 'asserted', [], []],
    ['Pjöngjangs Loyalität gegenüber Moskau hat einen Preis.', 'asserted', [], []],
    ['Zum Wohl des Landes habe er diese Entscheidung getroffen, sagte Kim.', 'attributed', ['habe', 'sagte'], ['Kim']],
  ),
  // Attributed.
  ...one(
    ['Laut dem ukrainischen Militärgeheimdienst HUR kämpfen rund 11.000 nordkoreanische Soldaten in der Region Kursk.', 'attributed', ['Laut'], ['ukrainischen Militärgeheimdienst HUR']],
    ['Nach Angaben des südkoreanischen Geheimdienstes NIS hat Pjöngjang zudem Raketenwerfer geliefert.', 'attributed', ['Nach Angaben'], ['südkoreanischen Geheimdienstes NIS']],
    ['Nach ukrainischen Angaben wurden bei den Kämpfen Hunderte Nordkoreaner getötet.', 'attributed', ['Nach ukrainischen Angaben'], ['ukrainischen Angaben']],
    ['Dem Pentagon zufolge befinden sich inzwischen rund 12.000 nordkoreanische Soldaten in Russland.', 'attributed', ['zufolge'], ['Pentagon']],
    ['Das berichtete der britische „Guardian“ unter Berufung auf eine nicht näher genannte ukrainische Quelle.', 'attributed', ['berichtete', 'unter Berufung auf'], ['Guardian', 'nicht näher genannte ukrainische Quelle']],
    ['Wie die „Financial Times“ unter Berufung auf westliche Geheimdienstquellen berichtete, wurden die Geschütze per Bahn transportiert.', 'attributed', ['Wie', 'unter Berufung auf', 'berichtete'], ['Financial Times', 'westliche Geheimdienstquellen']],
    ['Das US-Außenministerium teilte am Dienstag mit, dass nordkoreanische Truppen an Kampfhandlungen beteiligt seien.', 'attributed', ['teilte', 'mit', 'seien'], ['US-Außenministerium']],
    ['„Wir sehen eine gefährliche Eskalation“, sagte Außenministeriumssprecher Vedant Patel.', 'attributed', ['sagte'], ['Vedant Patel']],
    ['„Die Lage an der Front ist ernst“, so Selenskyj.', 'attributed', ['so'], ['Selenskyj']],
    ['Selenskyj sagte am Abend in seiner Videoansprache, Nordkorea liefere Russland weiterhin Granaten.', 'attributed', ['sagte', 'liefere'], ['Selenskyj']],
    ['Kremlsprecher Dmitri Peskow erklärte, die Zusammenarbeit mit Pjöngjang richte sich gegen niemanden.', 'attributed', ['erklärte', 'richte'], ['Dmitri Peskow']],
    ['Das Pentagon bestätigte die Zahl am Mittwoch.', 'attributed', ['bestätigte'], ['Pentagon']],
    ['Ein Sprecher des südkoreanischen Verteidigungsministeriums sagte der Nachrichtenagentur Yonhap, man beobachte die Lage genau.', 'attributed', ['sagte', 'beobachte'], ['Sprecher des südkoreanischen Verteidigungsministeriums']],
    ['Nordkoreas Außenministerin Choe Son Hui betonte bei ihrem Besuch in Moskau die „unbesiegbare Freundschaft“ beider Länder.', 'attributed', ['betonte'], ['Choe Son Hui']],
    ['Russland dementierte die Berichte über nordkoreanische Soldaten zunächst.', 'attributed', ['dementierte'], ['Russland']],
    ['Auch die Nato bestätigte inzwischen, dass nordkoreanische Einheiten nach Kursk verlegt wurden.', 'attributed', ['bestätigte'], ['Nato']],
    ['Südkoreas Präsident Yoon Suk Yeol sprach von einer „ernsten Bedrohung“ für die Sicherheit seines Landes.', 'attributed', ['sprach von'], ['Yoon Suk Yeol']],
    ['Aus Kreisen der ukrainischen Armee hieß es, die Nordkoreaner erlitten hohe Verluste.', 'attributed', ['Aus Kreisen', 'hieß es'], ['ukrainischen Armee']],
    ['Der Kreml bestreitet bis heute, nordkoreanische Soldaten einzusetzen.', 'attributed', ['bestreitet'], ['Kreml']],
    ['Unter Berufung auf Satellitenbilder berichtete der US-Sender CNN von neuen Munitionslagern nahe der Grenze.', 'attributed', ['Unter Berufung auf', 'berichtete'], ['CNN']],
    ['Südkoreanischen Medienberichten zufolge sind die Soldaten in speziellen Lagern untergebracht.', 'attributed', ['Südkoreanischen Medienberichten zufolge'], ['Südkoreanischen Medienberichten']],
    ['Ein ranghoher Beamter sagte gegenüber CNN, die Soldaten würden derzeit in Ostrussland ausgebildet.', 'attributed', ['sagte', 'würden'], ['ranghoher Beamter']],
    ['Die Zeitung „Nowaja Gaseta“ berichtete, nordkoreanische Arbeiter seien auf Baustellen in Russland eingesetzt worden.', 'attributed', ['berichtete', 'seien'], ['Nowaja Gaseta']],
    ['Wie der südkoreanische Sender KBS meldete, wurden die Geschütze auf Güterzügen gesichtet.', 'attributed', ['Wie', 'meldete'], ['KBS']],
    ['Dies geht aus einem Bericht des Instituts für Kriegsstudien (ISW) hervor.', 'attributed', ['geht aus', 'hervor'], ['Instituts für Kriegsstudien (ISW)']],
    ['In einer Mitteilung des Generalstabs hieß es, nordkoreanische Einheiten hätten erneut angegriffen.', 'attributed', ['In einer Mitteilung', 'hieß es', 'hätten'], ['Generalstabs']],
    ['Unter Berufung auf gesicherte Quellen schreibt die FT, dass die Lieferungen im Sommer begannen.', 'attributed', ['Unter Berufung auf', 'schreibt'], ['gesicherte Quellen', 'FT']],
    ['Die Geschütze wurden nach Angaben von Zeugen nachts verladen.', 'attributed', ['nach Angaben'], ['Zeugen']],
    ['Nach Nato-Angaben sind die Einheiten inzwischen vollständig in die russische Armee integriert.', 'attributed', ['Nach Nato-Angaben'], ['Nato-Angaben']],
    ['Gegenüber dem „Spiegel“ sagte ein Regierungssprecher, man nehme die Berichte ernst.', 'attributed', ['sagte', 'nehme'], ['Regierungssprecher']],
    ['Die Ukraine hat nach eigenen Angaben mehrere nordkoreanische Stellungen zerstört.', 'attributed', ['nach eigenen Angaben'], ['Ukraine']],
    ['Laut Seoul und Washington wurden die Soldaten in Wladiwostok ausgebildet.', 'attributed', ['Laut'], ['Seoul', 'Washington']],
    ['Kiew wirft Moskau vor, die Raketen gezielt gegen zivile Ziele einzusetzen.', 'attributed', ['wirft', 'vor'], ['Kiew']],
    ['Angaben aus Regierungskreisen zufolge wurden die Raketen im Januar geliefert.', 'attributed', ['zufolge'], ['Regierungskreisen']],
    ['„Das ist ein Albtraum für Europa“, sagte die litauische Außenministerin.', 'attributed', ['sagte'], ['litauische Außenministerin']],
  ),
  // Konjunktiv I inherits the speaker of the previous sentence.
  [
    ['Der ukrainische Präsident Wolodymyr Selenskyj warnte am Sonntag vor einer weiteren Eskalation.', 'attributed', ['warnte'], ['Wolodymyr Selenskyj']],
    ['Nordkorea habe inzwischen auch Artilleriesysteme geliefert.', 'attributed', ['habe'], ['^Wolodymyr Selenskyj']],
    ['Zudem seien rund 3000 Soldaten in Kursk verwundet worden.', 'attributed', ['seien'], ['^Wolodymyr Selenskyj']],
  ],
  // A quote that spans two sentences.
  [
    ['Selenskyj sagte: „Wir wissen, dass die Truppen bereits an der Grenze stehen.', 'attributed', ['sagte'], ['Selenskyj']],
    ['Sie werden in den kommenden Tagen eingesetzt.“', 'attributed', ['“'], ['^Selenskyj']],
    ['Die Ukraine bereitet sich auf neue Angriffe vor.', 'asserted', [], []],
  ],
  // A quote whose speaker is named only at its end.
  [
    ['„Wir haben Beweise dafür, dass nordkoreanische Offiziere bereits in den besetzten Gebieten sind.', 'attributed', ['„'], []],
    ['Das verändert den Charakter des Krieges“, sagte Budanow am Freitag.', 'attributed', ['sagte'], ['Budanow']],
  ],
  // A pronoun as speaker.
  [
    ['Budanow sagte der BBC, die ersten Einheiten seien bereits im Einsatz.', 'attributed', ['sagte', 'seien'], ['Budanow']],
    ['Er fügte hinzu, die Verluste der Nordkoreaner seien hoch.', 'attributed', ['fügte hinzu', 'seien'], ['^Budanow']],
  ],
  // Hedged.
  ...one(
    ['Nordkorea soll Russland bereits mehr als drei Millionen Artilleriegranaten geliefert haben.', 'hedged', ['soll'], []],
    ['Die Haubitzen sollen bereits im Herbst per Bahn nach Russland geliefert worden sein.', 'hedged', ['sollen'], []],
    ['Angeblich wurden die Raketen bei Angriffen auf Kiew eingesetzt.', 'hedged', ['Angeblich'], []],
    ['Bei den Toten handelt es sich mutmaßlich um nordkoreanische Soldaten.', 'hedged', ['mutmaßlich'], []],
    ['Offenbar hat Pjöngjang auch Raketenwerfer vom Typ M1991 geschickt.', 'hedged', ['Offenbar'], []],
    ['Die Einheiten scheinen schlecht auf Drohnenangriffe vorbereitet zu sein.', 'hedged', ['scheinen'], []],
    ['Vermutlich handelt es sich um Geschütze aus alten Beständen.', 'hedged', ['Vermutlich'], []],
    ['Dem Vernehmen nach tragen die Soldaten russische Uniformen.', 'hedged', ['Dem Vernehmen nach'], []],
    ['Man geht davon aus, dass ein Großteil der Granaten aus den 1970er-Jahren stammt.', 'hedged', ['Man geht davon aus'], []],
    ['Alles deutet darauf hin, dass die Lieferungen weiter zunehmen.', 'hedged', ['deutet darauf hin'], []],
    ['Die Soldaten sind wohl seit Oktober in der Region stationiert.', 'hedged', ['wohl'], []],
    ['Anscheinend fehlt es den Truppen an Übersetzern.', 'hedged', ['Anscheinend'], []],
    ['Die Raketen sind nach einem Medienbericht deutlich ungenauer als russische Modelle.', 'hedged', ['nach einem Medienbericht'], []],
    // Reported plan: we do not vouch for it either (see stance.ts on "sollen").
    ['Die Offiziere sollen in Russland moderne Kriegsführung mit Drohnen kennenlernen.', 'hedged', ['sollen'], []],
    ['Die nordkoreanischen Truppen sollen im Frühjahr weiter verstärkt werden.', 'hedged', ['sollen'], []],
    ['Zum Schutz der Bevölkerung sollen neue Luftabwehrsysteme nach Charkiw verlegt werden.', 'hedged', ['sollen'], []],
    ['Es gibt Hinweise darauf, dass auch Ingenieure nach Russland gereist sind.', 'hedged', ['Hinweise darauf'], []],
    ['Unbestätigten Berichten zufolge wurden Dutzende Nordkoreaner getötet.', 'hedged', ['Unbestätigten Berichten zufolge'], []],
    ['Medienberichten zufolge wurden bereits mehrere Züge mit Raketen entladen.', 'hedged', ['Medienberichten zufolge'], []],
    ['Berichten zufolge sollen die Soldaten auch an Drohnen ausgebildet werden.', 'hedged', ['Berichten zufolge', 'sollen'], []],
    ['Nordkoreanische Soldaten sollen zudem an Angriffen im Gebiet Saporischschja beteiligt gewesen sein.', 'hedged', ['sollen'], []],
    ['Der südkoreanische Geheimdienst geht davon aus, dass die Soldaten Ende Oktober in Kursk eintrafen.', 'hedged', ['geht davon aus'], ['südkoreanische Geheimdienst']],
    ['Die Angaben ließen sich nicht unabhängig überprüfen.', 'asserted', [], []],
    // Attributed whose reported content is hedged: hedged, the source is kept.
    ['Laut Selenskyj sollen die Nordkoreaner bereits mehrere Dörfer angegriffen haben.', 'hedged', ['sollen'], ['Selenskyj']],
    ['Die Soldaten sollten ursprünglich nur Bautrupps unterstützen.', 'hedged', ['sollten ursprünglich'], []],
  ),
  // Speculative.
  ...one(
    ['Die Lieferungen könnten die Lage an der Front spürbar verändern.', 'speculative', ['könnten'], []],
    ['Experten halten es für wahrscheinlich, dass Pjöngjang im Gegenzug Öl erhält.', 'speculative', ['wahrscheinlich'], ['Experten']],
    ['Der Krieg droht sich weiter zu internationalisieren.', 'speculative', ['droht'], []],
    ['Ein weiterer Besuch Kims in Moskau steht offenbar unmittelbar bevor.', 'speculative', ['steht', 'bevor'], []],
    ['Nordkorea wird weitere Soldaten an die Front schicken.', 'speculative', ['wird', 'schicken'], []],
    ['Ein Einsatz nordkoreanischer Truppen in der Ostukraine ist nicht ausgeschlossen.', 'speculative', ['nicht ausgeschlossen'], []],
    ['Möglicherweise sind auch Spezialkräfte unter den entsandten Soldaten.', 'speculative', ['Möglicherweise'], []],
    ['Voraussichtlich wird der Vertrag noch in diesem Jahr ratifiziert.', 'speculative', ['Voraussichtlich'], []],
    ['Wie viele Soldaten Nordkorea insgesamt schicken wird, ist unklar.', 'speculative', ['schicken', 'wird'], []],
    ['Was bekommt Kim Jong Un im Gegenzug?', 'speculative', ['?'], []],
    ['Würde Russland die Technologie tatsächlich liefern, wäre das ein Tabubruch.', 'speculative', ['Würde', 'wäre'], []],
    ['Sollte sich der Bericht bestätigen, wäre es die erste Lieferung dieser Art.', 'speculative', ['Sollte', 'wäre'], []],
    ['Vielleicht erhält Pjöngjang auch Hilfe beim Bau von U-Booten.', 'speculative', ['Vielleicht'], []],
    ['Die Ukraine befürchtet, dass die Raketen künftig noch präziser werden.', 'speculative', ['befürchtet'], ['Ukraine']],
    ['Die Zahl der Soldaten dürfte in den kommenden Monaten deutlich steigen.', 'speculative', ['dürfte'], []],
    ['Laut Selenskyj könnten bald bis zu 100.000 nordkoreanische Soldaten in Russland stationiert werden.', 'speculative', ['könnten'], ['Selenskyj']],
    ['Nach Einschätzung britischer Militärexperten dürfte Nordkorea im Gegenzug Technologie für sein Raketenprogramm erhalten.', 'speculative', ['dürfte'], ['britischer Militärexperten']],
    ['Der südkoreanische Geheimdienst NIS geht davon aus, dass Pjöngjang weitere Soldaten schicken wird.', 'speculative', ['schicken', 'wird'], ['südkoreanische Geheimdienst NIS']],
    ['„Nordkorea wird weitere Truppen schicken“, sagte Selenskyj.', 'speculative', ['wird', 'schicken'], ['Selenskyj']],
    ['Die Folgen für die Sicherheit in Ostasien wären katastrophal.', 'speculative', ['wären'], []],
  ),
  // Opinion.
  ...one(
    ['Die Zusammenarbeit der beiden Diktaturen ist alarmierend.', 'opinion', ['alarmierend'], []],
    ['Das Ausmaß der Waffenlieferungen ist beispiellos.', 'opinion', ['beispiellos'], []],
    ['Für Europa ist diese Allianz ein sicherheitspolitischer Albtraum.', 'opinion', ['Albtraum'], []],
    ['Der Westen müsste darauf endlich mit härteren Sanktionen antworten.', 'opinion', ['müsste'], []],
    ['Die Bundesregierung sollte die Ukraine schneller mit Flugabwehr ausstatten.', 'opinion', ['sollte'], []],
    ['Es ist erschreckend, wie offen Moskau und Pjöngjang inzwischen kooperieren.', 'opinion', ['erschreckend'], []],
  ),
  // Second batch, written after the first version of the classifier passed the first: longer wire sentences.
  ...one(
    ['Nordkorea hat nach Einschätzung des südkoreanischen Militärs bislang rund 11.000 Soldaten nach Russland geschickt.', 'attributed', ['nach Einschätzung'], ['südkoreanischen Militärs']],
    ['Die Soldaten seien vor allem in der Region Kursk im Einsatz, teilte der Geheimdienst am Mittwoch mit.', 'attributed', ['seien', 'teilte', 'mit'], ['Geheimdienst']],
    ['Wie der ukrainische Militärgeheimdienst HUR am Montag mitteilte, wurden die Haubitzen bereits an der Front gesichtet.', 'attributed', ['Wie', 'mitteilte'], ['ukrainische Militärgeheimdienst HUR']],
    ['Selenskyj zufolge hat Russland bislang mehr als 100 nordkoreanische Raketen auf die Ukraine abgefeuert.', 'attributed', ['zufolge'], ['Selenskyj']],
    ['Nach Angaben aus Kiew sollen die Nordkoreaner schwere Verluste erlitten haben.', 'hedged', ['sollen'], ['Kiew']],
    ['Die nordkoreanischen Truppen werden von russischen Offizieren kommandiert.', 'asserted', [], []],
    ['Es wird erwartet, dass Kim Jong Un im kommenden Jahr nach Moskau reist.', 'speculative', ['erwartet'], []],
    ['Die Granaten stammen nach Erkenntnissen westlicher Geheimdienste zum Teil aus den 1970er-Jahren.', 'attributed', ['nach Erkenntnissen'], ['westlicher Geheimdienste']],
    ['Pjöngjang hat die Entsendung von Truppen inzwischen offiziell bestätigt.', 'attributed', ['bestätigt'], ['Pjöngjang']],
    ['Ob die Raketen tatsächlich aus Nordkorea stammen, lässt sich nicht abschließend klären.', 'asserted', [], []],
    ['Der Generalstab in Kiew sprach von mehr als 30 getöteten nordkoreanischen Soldaten.', 'attributed', ['sprach von'], ['Generalstab in Kiew']],
    ['Auch in Südkorea wächst die Sorge, dass Pjöngjang im Gegenzug Raketentechnologie erhält.', 'speculative', ['Sorge, dass'], []],
    ['Kim Jong Un hatte die Zusammenarbeit mit Russland zuvor als „unbesiegbar“ bezeichnet.', 'attributed', ['bezeichnet'], ['Kim Jong Un']],
    ['Die Ukraine meldete zudem den Abschuss von zwei russischen Kampfjets.', 'attributed', ['meldete'], ['Ukraine']],
    ['Ein Video zeigt mutmaßlich nordkoreanische Soldaten bei einer Schießübung.', 'hedged', ['mutmaßlich'], []],
    ['Die Echtheit der Aufnahmen konnte zunächst nicht überprüft werden.', 'asserted', [], []],
    ['Russland und Nordkorea dementieren eine militärische Zusammenarbeit.', 'attributed', ['dementieren'], ['Russland', 'Nordkorea']],
    ['Nach Darstellung Moskaus handelt es sich um eine gewöhnliche Zusammenarbeit.', 'attributed', ['Nach Darstellung'], ['Moskaus']],
    ['Die Angriffe dürften in den kommenden Wochen zunehmen, schreibt das ISW in seinem jüngsten Lagebericht.', 'speculative', ['dürften'], ['ISW']],
    ['Washington und Seoul verurteilten die Lieferungen scharf.', 'attributed', ['verurteilten'], ['Washington', 'Seoul']],
    ['Die Zahl der getöteten Nordkoreaner wird auf mehrere Hundert geschätzt.', 'hedged', ['wird', 'geschätzt'], []],
    ['Offiziell hat Pjöngjang die Entsendung von Soldaten nie eingeräumt.', 'attributed', ['eingeräumt'], ['Pjöngjang']],
    ['Südkoreas Geheimdienst NIS zufolge wurden bereits mehr als 1000 Nordkoreaner getötet oder verletzt.', 'attributed', ['zufolge'], ['Südkoreas Geheimdienst NIS']],
    ['Demnach sollen die Raketen eine Reichweite von bis zu 700 Kilometern haben.', 'hedged', ['sollen'], []],
    ['Das Verteidigungsministerium in Seoul kündigte an, die Ukraine künftig auch mit Waffen zu unterstützen.', 'attributed', ['kündigte an'], ['Verteidigungsministerium in Seoul']],
    ['Die Nordkoreaner sollen dort vor allem als Infanterie eingesetzt werden.', 'hedged', ['sollen'], []],
    ['„Das ist eine Provokation“, schrieb Selenskyj auf der Plattform X.', 'attributed', ['schrieb'], ['Selenskyj']],
    ['Russland verfügt über große Mengen sowjetischer Munition.', 'asserted', [], []],
    ['Die Lieferungen verstoßen gegen mehrere Resolutionen des UN-Sicherheitsrats.', 'asserted', [], []],
    ['Ob Nordkorea weitere Truppen schickt, hängt nach Ansicht von Beobachtern vom Verlauf der Kämpfe ab.', 'attributed', ['nach Ansicht'], ['Beobachtern']],
    ['Kim bezeichnete Putin als seinen „engsten Kameraden“.', 'attributed', ['bezeichnete'], ['Kim']],
    ['Die Raketen vom Typ KN-23 gelten als vergleichsweise ungenau.', 'hedged', ['gelten als'], []],
    ['Laut Nachrichtenagentur Yonhap wurden die Soldaten per Schiff nach Wladiwostok gebracht.', 'attributed', ['Laut'], ['Yonhap']],
    ['Nach Informationen der „Bild“-Zeitung sind auch nordkoreanische Ingenieure in Russland.', 'attributed', ['Nach Informationen'], ['Bild']],
    ['Beobachter rechnen damit, dass Russland im Gegenzug Luftabwehrsysteme liefert.', 'speculative', ['rechnen damit'], ['Beobachter']],
    ['Die USA werfen Russland und Nordkorea vor, gegen UN-Sanktionen zu verstoßen.', 'attributed', ['werfen', 'vor'], ['USA']],
    ['Der Einsatz nordkoreanischer Soldaten ist ein Wendepunkt in diesem Krieg.', 'asserted', [], []],
    ['Bislang sind keine nordkoreanischen Soldaten auf ukrainischem Staatsgebiet gesichtet worden.', 'asserted', [], []],
    ['Laut einem Bericht der „Washington Post“ haben nordkoreanische Offiziere die Front besucht.', 'attributed', ['Laut'], ['Washington Post']],
    ['Ein Sprecher des Pentagons wollte sich zu den Berichten nicht äußern.', 'asserted', [], []],
    ['Nordkorea bestreitet, Waffen an Russland zu liefern.', 'attributed', ['bestreitet'], ['Nordkorea']],
    ['Die nordkoreanischen Haubitzen sollen eine Reichweite von bis zu 60 Kilometern haben.', 'hedged', ['sollen'], []],
    ['Sie könnten damit Ziele weit hinter der Front erreichen.', 'speculative', ['könnten'], []],
    ['In Kiew wird befürchtet, dass Nordkorea bald auch Raketenwerfer schickt.', 'speculative', ['befürchtet'], []],
  ),
  [
    ['Nordkorea hat laut Pentagon mittlerweile etwa 12.000 Soldaten nach Russland verlegt.', 'attributed', ['laut'], ['Pentagon']],
    ['Die meisten von ihnen seien in Kursk stationiert.', 'attributed', ['seien'], ['^Pentagon']],
  ],
  // Third batch: first-run score noted in the commit report; then fixed where the fix is general.
  ...one(
    ['Der Kreml ließ die Berichte zunächst unkommentiert.', 'asserted', [], []],
    ['Wie aus einem Bericht des US-Senders CNN hervorgeht, sind inzwischen auch Raketenwerfer eingetroffen.', 'attributed', ['Wie aus', 'hervorgeht'], ['CNN']],
    ['Russische Militärblogger berichten von schweren Verlusten unter den nordkoreanischen Einheiten.', 'attributed', ['berichten'], ['Russische Militärblogger']],
    ['Südkoreas Regierung verurteilte die militärische Zusammenarbeit als Verstoß gegen das Völkerrecht.', 'attributed', ['verurteilte'], ['Südkoreas Regierung']],
    ['Die Haubitzen können Ziele in bis zu 60 Kilometern Entfernung treffen.', 'asserted', [], []],
    ['Angesichts der hohen Verluste ist fraglich, wie lange Pjöngjang weitere Soldaten entsenden kann.', 'hedged', ['fraglich'], []],
    ['Medien in Südkorea berichteten, dass die Soldaten ihre Familien nicht informieren durften.', 'attributed', ['berichteten'], ['Medien in Südkorea']],
    ['Militärexperte Gustav Gressel hält eine weitere Eskalation für wahrscheinlich.', 'speculative', ['wahrscheinlich'], ['Gustav Gressel']],
    ['Laut Kiew wurden nordkoreanische Soldaten auch bei Pokrowsk gesichtet.', 'attributed', ['Laut'], ['Kiew']],
    ['Nordkorea könnte nach Ansicht von Analysten bis zu 100.000 Soldaten mobilisieren.', 'speculative', ['könnte'], ['Analysten']],
    ['Die Videos sind offenbar echt, wie eine Analyse von Experten ergab.', 'hedged', ['offenbar'], ['Experten']],
    ['Nordkorea habe die Lieferungen als „brüderliche Hilfe“ bezeichnet, heißt es in staatlichen Medien.', 'attributed', ['habe', 'bezeichnet', 'heißt es in'], ['Nordkorea', 'staatlichen Medien']],
    ['Das südkoreanische Vereinigungsministerium wollte die Berichte nicht bestätigen.', 'asserted', [], []],
    ['Beide Länder hatten im Sommer einen Beistandspakt geschlossen.', 'asserted', [], []],
    ['Unabhängige Beobachter bezweifeln die Angaben aus Moskau.', 'attributed', ['bezweifeln'], ['Unabhängige Beobachter']],
    ['Eine offizielle Bestätigung aus Pjöngjang gibt es bislang nicht.', 'asserted', [], []],
    ['Der ukrainische Geheimdienst veröffentlichte Aufnahmen, die angeblich gefangene Nordkoreaner zeigen.', 'hedged', ['angeblich'], []],
    ['US-Außenminister Antony Blinken warnte vor einer „gefährlichen“ Entwicklung.', 'attributed', ['warnte'], ['Antony Blinken']],
    ['Es sei nicht auszuschließen, dass weitere Einheiten folgen, so ein Nato-Diplomat.', 'speculative', ['nicht auszuschließen'], ['Nato-Diplomat']],
    ['Die Truppen würden vermutlich im Frühjahr an die Front verlegt, sagte ein Offizier.', 'hedged', ['vermutlich'], ['Offizier']],
    ['Eine Reaktion Moskaus steht noch aus.', 'asserted', [], []],
    ['Seoul erwägt nun, der Ukraine direkt Waffen zu liefern.', 'asserted', [], []],
    ['Die nordkoreanischen Soldaten sollen kaum Russisch sprechen.', 'hedged', ['sollen'], []],
    ['Nach Recherchen des „Spiegel“ wurden mehrere Züge in Wladiwostok entladen.', 'attributed', ['Nach Recherchen'], ['Spiegel']],
    ['Pjöngjang bezeichnet die Vorwürfe als „absurd“.', 'attributed', ['bezeichnet'], ['Pjöngjang']],
    ['Insidern zufolge ist ein weiteres Treffen zwischen Putin und Kim geplant.', 'attributed', ['zufolge'], ['Insidern']],
    ['Die Zahl der Soldaten könnte sich bis Jahresende verdoppeln, heißt es in dem Bericht.', 'speculative', ['könnte'], ['Bericht']],
    ['Das ist ein klarer Bruch des Völkerrechts.', 'opinion', ['klarer Bruch'], []],
    ['Kim Jong Un inspizierte am Wochenende eine Fabrik für Artilleriegranaten.', 'asserted', [], []],
    ['Vieles spricht dafür, dass die Lieferungen weitergehen.', 'hedged', ['spricht dafür'], []],
  ),
  // Fourth batch, written before the rules it tests: Konjunktiv I by its ending, reporting verbs of figures and
  // assessments, observations by analysts, evidence with and without an owner, short anaphors for a source named
  // earlier, evaluative words and exclamations, and statements about what is known (asserted).
  ...one(
    ['Die schiere Zahl der Granaten überfordert die russische Logistik.', 'asserted', [], []],
    ['Mehrere Offiziere wurden in Moskau mit Orden ausgezeichnet.', 'asserted', [], []],
    ['Das britische Verteidigungsministerium beziffert die Zahl der gefallenen Nordkoreaner auf mehr als 1.500.', 'attributed', ['beziffert'], ['britische Verteidigungsministerium']],
    ['Der ukrainische Generalstab bezifferte die Verluste der Angreifer zuletzt auf rund 300 Mann.', 'attributed', ['bezifferte'], ['ukrainische Generalstab']],
    ['Das Zentrum für Ostasienstudien in Tokio schätzt die Zahl der Arbeiter auf 5.000.', 'attributed', ['schätzt'], ['Zentrum für Ostasienstudien in Tokio']],
    ['Die EU-Kommission plädiert für schärfere Kontrollen der Schiffsrouten.', 'attributed', ['plädiert'], ['EU-Kommission']],
    ['Die Bundesregierung wertet die Lieferungen als Bruch des Völkerrechts.', 'attributed', ['wertet', 'als'], ['Bundesregierung']],
    ['Die 12. Panzerbrigade meldet aus dem Raum Pokrowsk neue Angriffe.', 'attributed', ['meldet'], ['12. Panzerbrigade']],
    ['Ermittler identifizierten die Trümmerteile als Reste einer KN-23.', 'attributed', ['identifizierten'], ['Ermittler']],
    ['Analysten zählten auf den Aufnahmen mehr als 40 Güterwaggons.', 'attributed', ['zählten'], ['Analysten']],
    ['Die Armee identifizierte die Toten anhand ihrer Erkennungsmarken.', 'asserted', [], []],
    ['Moskau hatte die Lieferungen zunächst bestritten und als westliche Propaganda abgetan.', 'attributed', ['bestritten'], ['Moskau']],
    ['Satellitenbilder des Forschungsinstituts Middlebury zeigen neue Lagerhallen am Hafen.', 'attributed', ['Satellitenbilder'], ['Forschungsinstituts Middlebury']],
    ['Auf Aufnahmen des Satellitenbetreibers Planet Labs ist ein Konvoi mit Raketenwerfern zu sehen.', 'attributed', ['Aufnahmen'], ['Satellitenbetreibers Planet Labs']],
    ['Satellitenbilder zeigen neue Lagerhallen am Hafen von Rajin.', 'asserted', [], []],
    ['Die Bilder zeigen mehrere Transportflugzeuge auf dem Rollfeld.', 'asserted', [], []],
    ['Das meldete der Sender RTL unter Berufung auf Fotos und Augenzeugen.', 'attributed', ['meldete', 'unter Berufung auf'], ['RTL', 'Augenzeugen']],
    ['Für Moskau ist die Partnerschaft ein äußerst lukratives Tauschgeschäft.', 'opinion', ['lukratives'], []],
    ['Die Reaktion der Vereinten Nationen war wenig überzeugend.', 'opinion', ['überzeugend'], []],
    ['Die Ausbildung der Rekruten lässt zu wünschen übrig.', 'opinion', ['lässt zu wünschen übrig'], []],
    ['Die Geschütze stammen aus uralten Beständen.', 'opinion', ['uralten'], []],
    ['Bei der Munition fällt die Bilanz durchwachsen aus.', 'opinion', ['Bilanz durchwachsen'], []],
    ['Seoul sendet damit ein gefährliches Signal an Pjöngjang.', 'opinion', ['gefährliches Signal'], []],
    ['Und die Soldaten kämpfen seit Wochen ohne Pause!', 'opinion', ['!'], []],
    ['Bei dem Angriff wurden drei Menschen tödlich verletzt.', 'asserted', [], []],
    ['Der Transport gefährlicher Güter ist streng geregelt.', 'asserted', [], []],
    ['„Das ist ein Verbrechen!“, schrieb der Bürgermeister auf Telegram.', 'attributed', ['schrieb'], ['Bürgermeister']],
    ['Wann die nächste Lieferung eintrifft, ist unklar.', 'asserted', [], []],
    ['Unklar ist, ob auch Offiziere unter den Gefangenen sind.', 'asserted', [], []],
    ['Unabhängig bestätigen ließ sich die Zahl nicht.', 'asserted', [], []],
    ['Der Kreml wollte die Angaben nicht bestätigen.', 'asserted', [], []],
    ['Weder Moskau noch Pjöngjang äußerten sich zu dem Bericht.', 'asserted', [], []],
    // Added after the batch's first run, from probing the rules on new sentences.
    ['Den Angriff meldete die Luftwaffe am Morgen.', 'attributed', ['meldete'], ['Luftwaffe']],
    ['Bilder der Zerstörung gingen um die Welt.', 'asserted', [], []],
    ['Der Bürgermeister von Charkiw meldet neue Explosionen im Stadtgebiet.', 'attributed', ['meldet'], ['Bürgermeister von Charkiw']],
    ['Ob die Armee das durchhält, bleibt abzuwarten.', 'speculative', ['bleibt abzuwarten'], []],
    ['Die Lage in der Stadt ist dramatisch.', 'opinion', ['Lage', 'dramatisch'], []],
    ['Zum Schluss appelliert die Ministerin an die Verbündeten.', 'attributed', ['appelliert'], ['Ministerin']],
    ['Die Agentur nannte keine Zahlen zu den Verlusten.', 'asserted', [], []],
    ['Die Regierung gab keine Einzelheiten bekannt.', 'asserted', [], []],
  ),
  [
    ['Der litauische Verteidigungsminister sprach von einer wachsenden Bedrohung.', 'attributed', ['sprach von'], ['litauische Verteidigungsminister']],
    ['Das entspreche etwa einem Drittel der russischen Produktion.', 'attributed', ['entspreche'], ['^litauische Verteidigungsminister']],
    ['Zugleich profitiere Pjöngjang von russischem Know-how.', 'attributed', ['profitiere'], ['^litauische Verteidigungsminister']],
    ['Die Armee kontrolliere inzwischen wieder alle Grenzübergänge.', 'attributed', ['kontrolliere'], ['^litauische Verteidigungsminister']],
  ],
  // Added after the batch's first run, from probing the rules on new sentences.
  [
    ['Die Nachrichtenagentur KCNA veröffentlichte am Montag eine Erklärung des Verteidigungsministeriums.', 'attributed', ['veröffentlichte', 'Erklärung'], ['KCNA']],
    ['In der Erklärung hieß es, die Armee sei jederzeit bereit.', 'attributed', ['In der Erklärung hieß es', 'sei'], ['^KCNA']],
  ],
  [
    ['Der Sender CNN berichtete unter Berufung auf Satellitenbilder über neue Flüge nach Wladiwostok.', 'attributed', ['berichtete', 'unter Berufung auf'], ['CNN']],
    ['Die Bilder zeigen mehrere Transportflugzeuge auf dem Rollfeld.', 'attributed', ['Die Bilder zeigen'], ['^CNN']],
  ],
  [
    ['„Die Truppen sind erschöpft“, sagt Sicherheitsexperte Markus Lang.', 'attributed', ['sagt'], ['Markus Lang']],
    ['Der Experte rechnet mit weiteren Verlusten.', 'speculative', ['rechnet mit'], ['^Markus Lang']],
  ],
  [
    ['Nach Ansicht der Osteuropa-Expertin Clara Stein ist das Bündnis stabil.', 'attributed', ['Nach Ansicht'], ['Clara Stein']],
    ['Russland sei auf die Granaten angewiesen.', 'attributed', ['sei'], ['^Clara Stein']],
    ['Die Ukraine bereitet sich unterdessen auf neue Angriffe vor.', 'asserted', [], []],
    ['Die Expertin hält weitere Lieferungen für wahrscheinlich.', 'speculative', ['wahrscheinlich'], ['^Clara Stein']],
  ],
  // Added after the batch's first run, from probing the rules on new sentences.
  [
    ['Nach Einschätzung des Politikwissenschaftlers Tobias Kern profitiert vor allem Russland von der Allianz.', 'attributed', ['Nach Einschätzung'], ['Politikwissenschaftlers Tobias Kern']],
    ['Der Politikwissenschaftler warnt jedoch vor übertriebenen Erwartungen.', 'attributed', ['warnt'], ['^Politikwissenschaftlers Tobias Kern']],
  ],
  [
    ['Das Institut für Ostasienforschung (IOF) beziffert die Exporte auf drei Milliarden Dollar.', 'attributed', ['beziffert'], ['Institut für Ostasienforschung (IOF)']],
    ['Der Wert der Lieferungen wird in Moskau geheim gehalten.', 'asserted', [], []],
    ['Im Gegenzug erhält Pjöngjang nach Einschätzung des Instituts Lebensmittel und Treibstoff.', 'attributed', ['nach Einschätzung'], ['^Institut für Ostasienforschung (IOF)']],
  ],
  [
    ['Japans Regierung hat den Raketentest scharf verurteilt.', 'attributed', ['verurteilt'], ['Japans Regierung']],
    ['„Das ist eine ernste Bedrohung für die ganze Region“, hieß es in einer Mitteilung.', 'attributed', ['hieß es in'], ['^Japans Regierung']],
  ],
  // Fifth batch, written before the rules it tests, from the general causes of the misses on the second blind
  // corpus (tests/fixtures/gold-dev2), none of its sentences copied: running counts, "demnach" after a cited
  // source, possessive carriers ("nach seinen Angaben"), subjects before relative clauses and in verb-final clauses,
  // comma lists of places, "gilt unter X als", "steht für X außer Frage", "X stellt … als … dar", "verweist auf",
  // perfect participles of reporting verbs, "sich … ausgesprochen", "begründete … mit", attitudes ("besorgt zeigt
  // sich"), an institution speaking as "man", inverted subjects after focus particles, Konjunktiv I by its
  // ending, "sieht … als", "führt … auf … zurück", "Wer mit X spricht", and evaluations in commentary.
  ...one(
    ['Der Generalstab zählt inzwischen mehr als 400 Angriffe auf die Stadt.', 'attributed', ['zählt'], ['Generalstab']],
    ['Die Kleinstadt zählt rund 20.000 Einwohner.', 'asserted', [], []],
    ['Ein ranghoher Offizier im Kiewer Generalstab, der anonym bleiben wollte, sagte dieser Zeitung, die Front sei stabil.', 'attributed', ['sagte', 'sei'], ['ranghoher Offizier im Kiewer Generalstab']],
    ['Während westliche Regierungen von einem klaren Vertragsbruch sprechen, schweigt Peking.', 'attributed', ['von', 'sprechen'], ['westliche Regierungen']],
    ['Dass Pjöngjang Soldaten geschickt hat, gilt unter Diplomaten als sicher.', 'attributed', ['gilt unter Diplomaten als'], ['Diplomaten']],
    ['Moskau stellt die Lieferungen als legitime Zusammenarbeit dar.', 'attributed', ['stellt', 'als', 'dar'], ['Moskau']],
    ['Die Lage ist schwierig, zumal Russland den Angriff als Notwehr darstellt.', 'attributed', ['als', 'darstellt'], ['Russland']],
    ['Der Minister verwies auf die wachsende Zahl von Drohnenangriffen.', 'attributed', ['verwies auf'], ['Minister']],
    ['KIEW – Die ukrainische Regierung hat die Vorwürfe aus Moskau zurückgewiesen.', 'attributed', ['zurückgewiesen'], ['ukrainische Regierung']],
    ['Außenminister Taro Kono begründete den Schritt mit der Bedrohung durch nordkoreanische Raketen.', 'attributed', ['begründete', 'mit'], ['Taro Kono']],
    ['BERLIN – Die Bundesregierung hat sich erneut für weitere Sanktionen ausgesprochen.', 'attributed', ['sich', 'für', 'ausgesprochen'], ['Bundesregierung']],
    ['Besonders beunruhigt zeigt sich die Regierung in Tokio über die Raketentests.', 'attributed', ['beunruhigt zeigt sich'], ['Regierung in Tokio']],
    ['Dass die Sanktionen wirken, steht für die Ministerin außer Frage.', 'attributed', ['steht für', 'außer Frage'], ['Ministerin']],
    ['Im Kanzleramt teilt man diese Sorge nicht.', 'attributed', ['teilt', 'Sorge'], ['Kanzleramt']],
    ['In Tokio verweist man auf die gestiegene Zahl der Raketentests.', 'attributed', ['verweist', 'auf'], ['Tokio']],
    ['In Kiew fordern vor allem Militärs, die Angriffe auf russisches Gebiet auszuweiten.', 'attributed', ['fordern'], ['Militärs']],
    ['Die Kämpfe fordern täglich Dutzende Tote.', 'asserted', [], []],
    ['Die Raketen, so räumen selbst russische Militärblogger ein, seien oft ungenau.', 'attributed', ['räumen', 'ein', 'seien'], ['russische Militärblogger']],
    ['Der Kreml sieht die Sanktionen als Versuch, Russland zu schwächen.', 'attributed', ['sieht', 'als'], ['Kreml']],
    ['Die Lage sieht heute deutlich besser aus als im Vorjahr.', 'asserted', [], []],
    ['Experten führen die hohen Verluste vor allem auf fehlende Drohnenabwehr zurück.', 'attributed', ['führen', 'auf', 'zurück'], ['Experten']],
    ['Wer mit Diplomaten in Seoul spricht, hört vor allem Sorge über Russlands Hilfe.', 'attributed', ['Wer mit', 'spricht'], ['Diplomaten']],
    // Added after the batch's first run, from probing the rules on new sentences.
    ['Wer in diesen Tagen mit Offizieren an der Front spricht, hört von schweren Verlusten.', 'attributed', ['Wer', 'mit', 'spricht'], ['Offizieren']],
    ['Wer mit Ärzten in Charkiw, Sumy oder Dnipro redet, erfährt viel über die Angriffe.', 'attributed', ['Wer mit', 'redet'], ['Ärzten']],
    ['Soweit sich das aus den Bildern beurteilen lässt, sind die Schäden erheblich.', 'hedged', ['Soweit sich', 'beurteilen lässt'], []],
    ['Die Ermittler sehen Hinweise, dass die Raketen aus Nordkorea stammen.', 'hedged', ['Hinweise, dass'], []],
    ['Wie ein Sprecher des Außenministeriums der Nachrichtenagentur AFP sagte, sei der Botschafter einbestellt worden.', 'attributed', ['Wie', 'sagte', 'sei'], ['Sprecher des Außenministeriums']],
    ['So sieht es auch der Politologe Jan Berger.', 'attributed', ['So sieht es'], ['Politologe Jan Berger']],
    ['Ähnlich äußerte sich die Abgeordnete Sara Nowak.', 'attributed', ['äußerte'], ['Sara Nowak']],
    ['Der Minister hatte zuvor von einem Wendepunkt gesprochen.', 'attributed', ['von', 'gesprochen'], ['Minister']],
    ['Die Analystin sieht darin einen Beleg für die enge Abstimmung.', 'attributed', ['sieht darin'], ['Analystin']],
    ['Die Nato verfolgt die Annäherung mit Sorge.', 'attributed', ['verfolgt', 'mit Sorge'], ['Nato']],
    ['Für die Ermittler ist klar, dass die Trümmer von einer KN-23 stammen.', 'attributed', ['Für', 'ist klar'], ['Ermittler']],
    ['Aus dem Kanzleramt hieß es, man prüfe weitere Schritte.', 'attributed', ['Aus', 'hieß es', 'prüfe'], ['Kanzleramt']],
    ['Die Funde legen nahe, dass die Granaten in Nordkorea gefertigt wurden.', 'hedged', ['legen nahe'], []],
    ['Die Ermittler legen nahe, dass die Granaten in Nordkorea gefertigt wurden.', 'hedged', ['legen nahe'], ['Ermittler']],
    ['Aller Voraussicht nach wird das Parlament zustimmen.', 'speculative', ['Aller Voraussicht nach', 'wird', 'zustimmen'], []],
    ['Es ist davon auszugehen, dass die Zahl weiter steigt.', 'hedged', ['ist davon auszugehen'], []],
    ['Möglich ist auch, dass die Lieferungen über China laufen.', 'speculative', ['Möglich ist'], []],
    ['Es ist möglich, dass weitere Schiffe unterwegs sind.', 'speculative', ['Es ist möglich'], []],
    ['Die Regierung in Kiew hofft auf weitere Luftabwehrsysteme.', 'speculative', ['hofft'], ['Regierung in Kiew']],
    ['Die Entscheidung stieß in Brüssel auf scharfe Kritik.', 'attributed', ['stieß', 'auf scharfe Kritik'], ['Brüssel']],
    ['Aus Sicht der Bundesregierung ist die Lage ernst.', 'attributed', ['Aus Sicht'], ['Bundesregierung']],
    ['In den Augen vieler Diplomaten ist das Abkommen ein Bruch des Völkerrechts.', 'attributed', ['In den Augen'], ['vieler Diplomaten']],
    ['Drei ukrainische Offiziere berichteten der Zeitung von schweren Kämpfen.', 'attributed', ['berichteten'], ['Drei ukrainische Offiziere']],
    ['Ein Sprecher der Regierung wollte keine Zahlen nennen, sagte aber, die Lage sei unter Kontrolle.', 'attributed', ['sagte', 'sei'], ['Sprecher der Regierung']],
    ['Die Zahlen, die westliche Geheimdienste nennen, liegen deutlich höher.', 'attributed', ['nennen'], ['westliche Geheimdienste']],
    ['Nach Angaben aus Berlin, Paris und London sind die Gespräche gescheitert.', 'attributed', ['Nach Angaben'], ['Berlin', 'Paris', 'London']],
    ['Der Kreml äußerte sich nicht zu den Zahlen; er verwies auf frühere Erklärungen.', 'attributed', ['verwies auf'], ['Kreml']],
    ['Sie plante im Herbst eine Reise nach Pjöngjang.', 'asserted', [], []],
    ['Die Soldaten nahe der Grenze wurden verlegt.', 'asserted', [], []],
    ['Es ist verlockend, den Besuch als bloße Symbolpolitik abzutun.', 'opinion', ['Es ist verlockend'], []],
    ['Das ist ein Fehler.', 'opinion', ['Das ist ein Fehler'], []],
    ['Die wichtigere Frage ist, was Kim dafür bekommt.', 'opinion', ['Die wichtigere Frage ist'], []],
    ['Die Produktion in Europa hält mit dem Verbrauch nicht Schritt.', 'opinion', ['nicht Schritt'], []],
  ),
  [
    ['Der japanische Generalstab veröffentlichte am Montag einen neuen Bericht.', 'attributed', ['veröffentlichte', 'Bericht'], ['japanische Generalstab']],
    ['Demnach wurden im Frühjahr mehrere Raketen über Japan hinweg abgefeuert.', 'attributed', ['Demnach'], ['^japanische Generalstab']],
  ],
  [
    ['Der ukrainische Militärgeheimdienst meldete am Sonntag neue Verluste.', 'attributed', ['meldete'], ['ukrainische Militärgeheimdienst']],
    ['Nach seinen Angaben fielen allein in der vergangenen Woche rund 200 Nordkoreaner.', 'attributed', ['Nach seinen Angaben'], ['^ukrainische Militärgeheimdienst']],
  ],
  [
    ['Kremlsprecher Dmitri Peskow verteidigte am Dienstag das Abkommen.', 'attributed', ['verteidigte', 'Abkommen'], ['Dmitri Peskow']],
    ['Sie beruhe auf gegenseitigem Respekt.', 'attributed', ['beruhe'], ['^Dmitri Peskow']],
    ['Die Vereinbarung schließe Waffenlieferungen ausdrücklich aus.', 'attributed', ['schließe'], ['^Dmitri Peskow']],
    ['Zudem füge sie sich in das Völkerrecht ein.', 'attributed', ['füge'], ['^Dmitri Peskow']],
  ],
];

const TUNING_EN: Passage[] = [
  ...one(
    [`North Korea has sent thousands of troops to Russia's Kursk region.`, 'asserted', [], []],
    [`The KN-23 missiles have a range of roughly 700 kilometres.`, 'asserted', [], []],
    [`In May, North Korea test-fired a new version of its 240mm rocket launcher.`, 'asserted', [], []],
    [`The missiles, which Russia has used since December 2023, are cheap to produce.`, 'asserted', [], []],
    [`The drills took place near the border with China.`, 'asserted', [], []],
    [`According to South Korea's National Intelligence Service, about 11,000 North Korean soldiers are in Russia.`, 'attributed', ['According to'], [`South Korea's National Intelligence Service`]],
    [`"We are seeing a dangerous escalation," State Department spokesman Vedant Patel told reporters.`, 'attributed', ['told'], ['Vedant Patel']],
    [`The Pentagon said on Tuesday that North Korean units had entered combat.`, 'attributed', ['said'], ['Pentagon']],
    [`Ukraine's military intelligence agency said the missiles were unreliable.`, 'attributed', ['said'], [`Ukraine's military intelligence agency`]],
    [`Moscow has claimed that no North Korean troops are fighting in Ukraine.`, 'attributed', ['claimed'], ['Moscow']],
    [`Zelensky said North Korea would send more troops.`, 'attributed', ['said', 'would'], ['Zelensky']],
    [`The Wall Street Journal, citing US officials, reported that the launchers arrived in November.`, 'attributed', ['citing', 'reported'], ['Wall Street Journal', 'US officials']],
    [`"They are being used as cannon fodder," said Budanov.`, 'attributed', ['said'], ['Budanov']],
    [`According to a report by the Financial Times, the howitzers were spotted on trains in Russia.`, 'attributed', ['According to'], ['Financial Times']],
    [`US officials told CNN that the troops had been issued Russian uniforms.`, 'attributed', ['told'], ['US officials']],
    [`Ukrainian forces captured two North Korean soldiers in January, President Zelensky said.`, 'attributed', ['said'], ['Zelensky']],
    [`Seoul says it is considering sending weapons directly to Ukraine.`, 'attributed', ['says'], ['Seoul']],
    [`Kyiv has accused Pyongyang of supplying faulty shells.`, 'attributed', ['accused'], ['Kyiv']],
    [`"This changes everything," a Ukrainian commander told the Associated Press.`, 'attributed', ['told'], ['Ukrainian commander']],
    [`The troops were reportedly flown to Vladivostok in October.`, 'hedged', ['reportedly'], []],
    [`North Korea allegedly supplied more than 100 ballistic missiles.`, 'hedged', ['allegedly'], []],
    [`The soldiers apparently lack experience with drone warfare.`, 'hedged', ['apparently'], []],
    [`North Korean soldiers are believed to have suffered heavy losses.`, 'hedged', ['are believed to'], []],
    [`The shells appear to date from the 1970s.`, 'hedged', ['appear to'], []],
    [`Sources say the first units arrived in early November.`, 'hedged', ['Sources say'], []],
    [`Reuters could not independently verify the report.`, 'asserted', [], []],
    [`It remains unclear how many North Korean soldiers have been killed.`, 'asserted', [], []],
    [`North Korean troops are said to be operating under Russian command.`, 'hedged', ['are said to'], []],
    [`Pyongyang could send further troops in the coming months, analysts said.`, 'speculative', ['could'], ['analysts']],
    [`The artillery systems may have been delivered by rail.`, 'speculative', ['may'], []],
    [`Russian forces might use the launchers against Kharkiv.`, 'speculative', ['might'], []],
    [`The deployment is likely to continue into next year.`, 'speculative', ['likely'], []],
    [`Kim is expected to visit Moscow later this year.`, 'speculative', ['expected to'], []],
    [`Would Beijing tolerate such an alliance?`, 'speculative', ['Would', '?'], []],
    [`North Korea will also supply self-propelled guns, officials in Kyiv said.`, 'speculative', ['will'], ['officials in Kyiv']],
    [`Officials in Seoul fear that Russia might transfer submarine technology to Pyongyang.`, 'speculative', ['fear', 'might'], ['Officials in Seoul']],
    [`Analysts say the shells may be of poor quality.`, 'speculative', ['may'], ['Analysts']],
    [`The soldiers will be deployed to the front in the coming weeks.`, 'speculative', ['will'], []],
    [`The alliance is a nightmare for Seoul.`, 'opinion', ['nightmare'], []],
    [`The scale of the cooperation is unprecedented.`, 'opinion', ['unprecedented'], []],
    [`Western governments should respond with tougher sanctions.`, 'opinion', ['should'], []],
  ),
  [
    [`Budanov told the BBC: "The first units have already been deployed.`, 'attributed', ['told'], ['Budanov']],
    [`More will follow in the spring."`, 'speculative', ['will'], ['^Budanov']],
  ],
  // Second batch.
  ...one(
    [`North Korea has supplied Russia with millions of artillery shells, according to South Korean intelligence.`, 'attributed', ['according to'], ['South Korean intelligence']],
    [`The soldiers are being trained at bases in Russia's Far East, US officials said on Wednesday.`, 'attributed', ['said'], ['US officials']],
    [`Pentagon spokesman Pat Ryder told reporters the troops were moving toward Kursk.`, 'attributed', ['told'], ['Pat Ryder']],
    [`It is not clear whether the howitzers have been used in combat.`, 'asserted', [], []],
    [`The Kremlin did not respond to a request for comment.`, 'asserted', [], []],
    [`Ukraine's defence intelligence agency said it had intercepted radio traffic in Korean.`, 'attributed', ['said'], [`Ukraine's defence intelligence agency`]],
    [`Russia and North Korea have denied the arms transfers.`, 'attributed', ['denied'], ['Russia', 'North Korea']],
    [`The deal could give Pyongyang access to advanced space technology.`, 'speculative', ['could'], []],
    [`According to the Institute for the Study of War, North Korean units are now fighting in several sectors.`, 'attributed', ['According to'], ['Institute for the Study of War']],
    [`The Washington Post reported that the troops had suffered heavy casualties.`, 'attributed', ['reported'], ['Washington Post']],
    [`North Korean soldiers were seen in footage released by Ukraine's special forces.`, 'attributed', ['footage'], [`Ukraine's special forces`]],
    [`Experts warn that the partnership may deepen further.`, 'speculative', ['may'], ['Experts']],
    [`The missiles have been used against Ukrainian cities since early 2024.`, 'asserted', [], []],
    [`Yonhap, citing South Korea's spy agency, reported that about 100 soldiers had died.`, 'attributed', ['citing', 'reported'], ['Yonhap', `South Korea's spy agency`]],
    [`A spokesperson for the ministry declined to comment.`, 'asserted', [], []],
    [`Officials have warned that Moscow is paying Pyongyang with oil and food.`, 'attributed', ['warned'], ['Officials']],
    [`North Korea is thought to have sent at least 50 howitzers.`, 'hedged', ['is thought to'], []],
    [`Such an escalation should worry Europe.`, 'opinion', ['should'], []],
    [`The claims could not be independently verified.`, 'asserted', [], []],
    [`Seoul has said it may supply weapons to Kyiv.`, 'speculative', ['may'], ['Seoul']],
    [`"The situation is very serious," he said.`, 'attributed', ['said'], []],
    [`The troops reportedly wear Russian uniforms, according to Ukrainian military intelligence.`, 'hedged', ['reportedly'], ['Ukrainian military intelligence']],
  ),
  // Third batch.
  ...one(
    [`The shells are believed to have come from stockpiles dating back decades.`, 'hedged', ['are believed to'], []],
    [`Ukrainian President Volodymyr Zelensky said the North Korean troops had suffered heavy losses.`, 'attributed', ['said'], ['Volodymyr Zelensky']],
    [`Officials in Kyiv have not commented on the footage.`, 'asserted', [], []],
    [`The missiles appear to have been assembled in 2023, according to an analysis by Conflict Armament Research.`, 'hedged', ['appear to'], ['Conflict Armament Research']],
    [`It is possible that more troops will arrive before the spring.`, 'speculative', ['possible that', 'will'], []],
    [`South Korea's intelligence agency estimates that about 3,000 North Koreans have been killed or wounded.`, 'attributed', ['estimates'], [`South Korea's intelligence agency`]],
    [`North Korea's state media did not mention the deployment.`, 'asserted', [], []],
    [`Russia is paying North Korea for the weapons, a senior US official told reporters.`, 'attributed', ['told'], ['senior US official']],
    [`The partnership poses a growing threat to European security, NATO chief Mark Rutte warned.`, 'attributed', ['warned'], ['Mark Rutte']],
    [`Some of the shells reportedly failed to explode.`, 'hedged', ['reportedly'], []],
    [`Pyongyang denies sending any troops to Russia.`, 'attributed', ['denies'], ['Pyongyang']],
    [`The troops are expected to be rotated every six months.`, 'speculative', ['expected to'], []],
    [`Analysts believe Moscow is sharing satellite technology with Pyongyang.`, 'hedged', ['believe'], ['Analysts']],
    [`This is a dangerous escalation.`, 'opinion', ['dangerous'], []],
    [`Kim visited a munitions factory on Saturday, state news agency KCNA reported.`, 'attributed', ['reported'], ['KCNA']],
  ),
  // Fourth batch, written before the rules it tests (see the German fourth batch).
  ...one(
    [`Western analysts estimate that Pyongyang has shipped about 9,000 containers since 2023.`, 'attributed', ['estimate'], ['Western analysts']],
    [`British intelligence put the number of North Korean casualties at roughly 1,000.`, 'attributed', ['put', 'number'], ['British intelligence']],
    [`Seoul has put the figure lower, saying only a few hundred soldiers were killed.`, 'attributed', ['put', 'figure', 'saying'], ['Seoul']],
    [`The ministry rejected the report, saying the photos had been taken in Syria.`, 'attributed', ['rejected the report', 'saying'], ['ministry']],
    [`By one estimate from the Stockholm International Peace Research Institute, the exports were worth $2 billion.`, 'attributed', ['By one estimate'], ['Stockholm International Peace Research Institute']],
    [`By some estimates, more than half of the shells were duds.`, 'hedged', ['By some estimates'], []],
    [`Many diplomats dismissed the deployment as a symbolic gesture.`, 'attributed', ['dismissed', 'as'], ['Many diplomats']],
    [`The optimism in Kyiv now looks premature.`, 'opinion', ['premature'], []],
    [`For Pyongyang the war has become a lucrative business.`, 'opinion', ['lucrative'], []],
    [`Investigators who examined the wreckage found that the missile contained Western chips.`, 'attributed', ['found'], ['Investigators']],
    [`The analysts also counted about 30 trucks near the border crossing.`, 'attributed', ['counted'], ['analysts']],
    [`Ukrainian troops tracked the drones across the river.`, 'asserted', [], []],
    [`Neither Seoul nor Tokyo has commented on the report.`, 'asserted', [], []],
    [`Reuters could not independently confirm the casualty figures.`, 'asserted', [], []],
    [`It is unclear how many of the shells were defective.`, 'asserted', [], []],
    [`The country's top general, Oleksandr Syrskyi, said the front was stable.`, 'attributed', ['said'], ['Oleksandr Syrskyi']],
    [`Western governments have expressed concern about the missile transfers.`, 'attributed', ['expressed concern'], ['Western governments']],
    [`Satellite images from Maxar Technologies show new rail sidings at the port.`, 'attributed', ['Satellite images'], ['Maxar Technologies']],
    [`Satellite images of the port show new rail sidings.`, 'asserted', [], []],
    [`The missile has a reported range of about 700 km.`, 'hedged', ['reported'], []],
    [`And the shells keep coming!`, 'opinion', ['!'], []],
    [`The attack left three people dead and dozens wounded.`, 'asserted', [], []],
    // Added after the batch's first run, from probing the rules on new sentences.
    [`Footage from the front shows burning tanks.`, 'asserted', [], []],
    [`The estimate that North Korea sent 10,000 troops is widely accepted.`, 'asserted', [], []],
    [`Many observers counted on a quick victory.`, 'asserted', [], []],
    [`Whether Pyongyang can keep up this pace remains to be seen.`, 'speculative', ['remains to be seen'], []],
    [`Whether the factories can keep up is another question.`, 'speculative', ['is another question'], []],
    [`The numbers tell a sobering story.`, 'asserted', [], []],
    [`The foreign ministry issued a statement condemning the launch.`, 'attributed', ['issued a statement'], ['foreign ministry']],
    [`Pyongyang has defended its missile programme as legitimate self-defence.`, 'attributed', ['defended', 'as'], ['Pyongyang']],
    [`According to a Reuters tally, more than 40 missiles have been fired this year.`, 'attributed', ['According to'], ['Reuters tally']],
    [`U.S. officials have previously put the number of troops at around 11,000.`, 'attributed', ['put', 'number'], ['U.S. officials']],
    [`The troops are suffering heavy losses, according to Ukrainian estimates.`, 'attributed', ['according to'], ['Ukrainian estimates']],
  ),
  [
    [`A senior Pentagon official said the troops were moving east.`, 'attributed', ['said'], ['senior Pentagon official']],
    [`"We are watching this very closely," the official said.`, 'attributed', ['said'], ['^senior Pentagon official']],
  ],
  // Added after the batch's first run, from probing the rules on new sentences.
  [
    [`"We see new construction almost every week," said Tom Hale, a researcher at the institute.`, 'attributed', ['said'], ['Tom Hale']],
    [`The researcher said the trucks carried ammunition.`, 'attributed', ['said'], ['^Tom Hale']],
  ],
  [
    [`According to the Royal United Services Institute, most of the shells are decades old.`, 'attributed', ['According to'], ['Royal United Services Institute']],
    [`The institute said the quality had improved since 2024.`, 'attributed', ['said'], ['^Royal United Services Institute']],
  ],
  [
    [`Rail traffic has tripled, according to satellite imagery analysed by researchers at the Middlebury Institute.`, 'attributed', ['according to', 'satellite imagery'], ['researchers at the Middlebury Institute']],
    [`The images show dozens of freight wagons at the border station.`, 'attributed', ['The images show'], ['^researchers at the Middlebury Institute']],
    [`The researchers also tracked 14 cargo flights to Vladivostok.`, 'attributed', ['tracked'], ['researchers']],
  ],
  // Fifth batch, written before the rules it tests (see the German fifth batch): subjects before appositions and
  // participle phrases, initials in names, partitive phrases after a subject, passives with an adverb, "attribute
  // … to", "see … as", "called for", "called X “…”", participle clauses of estimates, pronoun speakers whose
  // antecedent is in the same sentence, documents that document, possessive carriers, comma lists, evaluations.
  ...one(
    [`Ukraine's air force, known for its sober statements, later said most drones were shot down.`, 'attributed', ['said'], [`Ukraine's air force`]],
    [`Japan, the region's second-largest economy, has called for calm.`, 'attributed', ['called for'], ['Japan']],
    [`Calls for new sanctions have grown louder in Congress.`, 'asserted', [], []],
    [`Its foreign minister, Cho Tae-yul, has repeatedly condemned the transfers.`, 'attributed', ['condemned'], ['Cho Tae-yul']],
    [`The agency's director, William J. Burns, has publicly warned about the deal.`, 'attributed', ['warned'], ['William J. Burns']],
    [`A 19-year-old soldier among the prisoners said he had been promised Russian citizenship.`, 'attributed', ['said'], ['19-year-old soldier']],
    [`The document is now cited by Pyongyang as the legal basis for the deployment.`, 'attributed', ['cited'], ['Pyongyang']],
    [`Military analysts attribute the slow advance to poor coordination.`, 'attributed', ['attribute', 'to'], ['Military analysts']],
    [`The blast was attributed to a faulty fuse.`, 'asserted', [], []],
    [`Tokyo and Canberra see the missile tests as a growing threat.`, 'attributed', ['see', 'as'], ['Tokyo', 'Canberra']],
    [`The move is widely seen as a signal to Washington.`, 'hedged', ['is widely seen as'], []],
    [`South Korea's spy agency has given higher figures, estimating that about 2,000 soldiers died.`, 'attributed', ['given higher figures', 'estimating'], [`South Korea's spy agency`]],
    [`Russia's defence ministry called the allegations “baseless provocations.”`, 'attributed', ['called'], [`Russia's defence ministry`]],
    [`The unit, called “Storm” by its soldiers, fought near Pokrovsk.`, 'asserted', [], []],
    [`The state broadcaster did not mention the losses; it reported only on the harvest.`, 'attributed', ['reported'], ['state broadcaster']],
    [`The panel's latest report, released in March, documented dozens of illegal transfers.`, 'attributed', ['documented'], [`panel's latest report`]],
    [`Kyiv, Seoul and Washington have condemned the deployment.`, 'attributed', ['condemned'], ['Kyiv', 'Seoul', 'Washington']],
    [`It is tempting to read the new treaty as a mere formality.`, 'opinion', ['It is tempting'], []],
    [`Cutting aid to Kyiv is a serious mistake.`, 'opinion', ['Cutting', 'is a serious mistake'], []],
    [`The bigger question is what Moscow offers in return.`, 'opinion', ['The bigger question is'], []],
    [`These are not negligible sums.`, 'opinion', ['not negligible'], []],
    [`Air defence production has not kept pace with the attacks.`, 'opinion', ['not kept pace'], []],
    [`A nuclear-armed North Korea with Russian backing is a far more dangerous adversary.`, 'opinion', ['far more dangerous'], []],
    [`The soldiers kept pace with the Russian units.`, 'asserted', [], []],
    // Added after the batch's first run, from probing the rules on new sentences.
    [`Another diplomat described the talks as “constructive.”`, 'attributed', ['described'], ['diplomat']],
    [`If confirmed, the transfer would breach UN sanctions.`, 'speculative', ['If confirmed', 'would'], []],
    [`As far as can be determined, the convoy carried artillery shells.`, 'hedged', ['As far as can be determined'], []],
    [`The ministry has repeatedly rejected the accusations.`, 'attributed', ['rejected the accusations'], ['ministry']],
    [`Beijing consistently denied any role in the transfers.`, 'attributed', ['denied'], ['Beijing']],
    [`The foreign ministry, in a statement on its website, said the launch was a provocation.`, 'attributed', ['in a statement', 'said'], ['foreign ministry']],
    [`Officials speaking on condition of anonymity said the flights had resumed.`, 'attributed', ['said'], ['Officials']],
    [`Poland's president called on NATO to reinforce the eastern flank.`, 'attributed', ['called on'], [`Poland's president`]],
    [`It is understood that the convoy left Rajin on Sunday.`, 'hedged', ['It is understood that'], []],
    [`Western officials expect further launches before the summit.`, 'speculative', ['expect'], ['Western officials']],
    [`The growing reliance on Pyongyang is a troubling trend.`, 'opinion', ['troubling'], []],
    [`Military officials suspect the rockets were fired from Belgorod.`, 'hedged', ['suspect'], ['Military officials']],
    [`Critics argue that the sanctions regime has collapsed.`, 'attributed', ['argue'], ['Critics']],
    [`Several diplomats doubt that the ceasefire will hold.`, 'speculative', ['will'], ['Several diplomats']],
    [`There is little doubt that the shells came from North Korea.`, 'asserted', [], []],
    [`The launch drew sharp criticism from Seoul.`, 'attributed', ['drew sharp criticism from'], ['Seoul']],
    [`Kyiv hopes to exchange the prisoners for Ukrainian soldiers.`, 'speculative', ['hopes to'], ['Kyiv']],
    [`In the view of many analysts, the alliance is fragile.`, 'attributed', ['In the view of'], ['many analysts']],
    [`In Tokyo's view, the launches violate UN resolutions.`, 'attributed', [`In Tokyo's view`], ['Tokyo']],
    [`A Pentagon spokesperson declined to give figures but said the deployment was ongoing.`, 'attributed', ['said'], ['Pentagon spokesperson']],
  ),
  [
    [`The Estonian intelligence service published a report on Tuesday.`, 'attributed', ['published a report'], ['Estonian intelligence service']],
    [`According to its figures, more than 15,000 containers have crossed the border.`, 'attributed', ['According to its figures'], ['^Estonian intelligence service']],
  ],
];

const HELD_OUT_DE: Passage[] = [
  ...one(
    ['Nach Angaben der ukrainischen Armee griffen nordkoreanische Einheiten am Wochenende mehrere Dörfer an.', 'attributed', ['Nach Angaben'], ['ukrainischen Armee']],
    ['Der südkoreanischen Nachrichtenagentur Yonhap zufolge haben die Soldaten eine Spezialausbildung erhalten.', 'attributed', ['zufolge'], ['Yonhap']],
    ['Pjöngjang soll zudem Ersatzteile für Panzer geliefert haben.', 'hedged', ['soll'], []],
    ['Vermutlich stammen die Granaten aus Beständen der 1980er-Jahre.', 'hedged', ['Vermutlich'], []],
    ['Ein Sprecher der Bundesregierung sagte, man nehme die Berichte sehr ernst.', 'attributed', ['sagte', 'nehme'], ['Sprecher der Bundesregierung']],
    ['Die Raketen könnten auch gegen Ziele in der Westukraine eingesetzt werden.', 'speculative', ['könnten'], []],
    ['Kim Jong Un wird im Frühjahr erneut nach Russland reisen.', 'speculative', ['wird', 'reisen'], []],
    ['Die Kooperation zwischen Moskau und Pjöngjang ist ein gefährliches Spiel mit dem Feuer.', 'opinion', ['Spiel mit dem Feuer'], []],
    ['„Das ist ein beispielloser Schritt“, sagte der Nato-Generalsekretär.', 'attributed', ['sagte'], ['Nato-Generalsekretär']],
    ['Die Soldaten seien in mehreren Wellen per Flugzeug eingetroffen, berichtete das Portal „Meduza“.', 'attributed', ['seien', 'berichtete'], ['Meduza']],
    ['Mutmaßlich nordkoreanische Raketen trafen am Montag ein Wohnhaus in Kiew.', 'hedged', ['Mutmaßlich'], []],
    ['Die Ukraine meldete am Sonntag die Gefangennahme eines weiteren Nordkoreaners.', 'attributed', ['meldete'], ['Ukraine']],
    ['Russland hat die Lieferung von Waffen aus Nordkorea stets bestritten.', 'attributed', ['bestritten'], ['Russland']],
    ['Es dürfte nicht die letzte Lieferung gewesen sein.', 'speculative', ['dürfte'], []],
    ['Laut einer Analyse des Thinktanks ISW sind die nordkoreanischen Truppen inzwischen an mehreren Frontabschnitten im Einsatz.', 'attributed', ['Laut'], ['ISW']],
    ['Experten rechnen damit, dass weitere Lieferungen folgen werden.', 'speculative', ['rechnen damit', 'folgen', 'werden'], ['Experten']],
    ['Wie viele der Geschütze tatsächlich funktionieren, ist unklar.', 'asserted', [], []],
    ['Die Lieferungen sollen über den Hafen Rajin abgewickelt worden sein.', 'hedged', ['sollen'], []],
    ['Es ist ein verheerendes Signal an die Welt, dass ein UN-Mitglied so offen gegen Sanktionen verstößt.', 'opinion', ['verheerendes'], []],
    ['Der Kreml ließ eine Anfrage zu den Berichten unbeantwortet.', 'asserted', [], []],
    ['Nordkoreanische Pioniere sollen beim Wiederaufbau in Kursk helfen.', 'hedged', ['sollen'], []],
  ),
  [
    ['Der ukrainische Außenminister sprach von einer neuen Dimension des Krieges.', 'attributed', ['sprach von'], ['ukrainische Außenminister']],
    ['Die Welt dürfe nicht länger zusehen.', 'attributed', ['dürfe'], ['^ukrainische Außenminister']],
  ],
];

const HELD_OUT_EN: Passage[] = one(
  [`Ukrainian officials said the rockets were fired from the Belgorod region.`, 'attributed', ['said'], ['Ukrainian officials']],
  [`The launchers were apparently moved by rail across Siberia.`, 'hedged', ['apparently'], []],
  [`Pyongyang may also be receiving air-defence systems in return, according to analysts.`, 'speculative', ['may'], ['analysts']],
  [`The cooperation between the two regimes is deeply alarming.`, 'opinion', ['alarming'], []],
  [`North Korea will likely send engineers to help rebuild Kursk.`, 'speculative', ['will', 'likely'], []],
  [`According to Yonhap, the soldiers received training in drone warfare.`, 'attributed', ['According to'], ['Yonhap']],
  [`"This is a significant escalation," a senior NATO official told Reuters.`, 'attributed', ['told'], ['senior NATO official']],
  [`Is Russia paying for the shells with oil?`, 'speculative', ['?'], []],
  [`The troops have reportedly suffered more than 4,000 casualties.`, 'hedged', ['reportedly'], []],
  [`North Korean engineers are believed to be helping Russia modernise the missiles.`, 'hedged', ['are believed to'], []],
  [`The Kremlin has repeatedly denied using North Korean weapons.`, 'attributed', ['denied'], ['Kremlin']],
  [`Russia fired at least 60 of the missiles at Ukrainian targets last year.`, 'asserted', [], []],
  [`The missiles would give Moscow a cheap alternative to its own Iskanders.`, 'speculative', ['would'], []],
  [`The Kremlin said it would not comment on the reports.`, 'attributed', ['said', 'would'], ['Kremlin']],
  [`South Korean lawmakers, briefed by the spy agency, said about 100 soldiers had been killed.`, 'attributed', ['said'], ['South Korean lawmakers']],
);

/** Tuning rows the classifier gets wrong, kept as expected failures: evaluations without a cue word. */
const KNOWN_LIMITS = new Set(['Das ist ein klarer Bruch des Völkerrechts.', 'This is a dangerous escalation.']);

/**
 * Held-out score at its first and only scored run (38 sentences: stance 36/38, non-asserted F1 0.971, cues exact
 * 0.921, source recall 1.000, precision 0.947); a drop fails the test. Misses then: two evaluations without a cue
 * word ("Spiel mit dem Feuer", "verheerendes Signal"), and an extra cue and source in the lawmakers sentence.
 */
const HELD_OUT_BASELINE = { stanceAccuracy: 36 / 38, sourceRecall: 1 };

interface Outcome {
  row: Row;
  stance: Stance;
  cues: string[];
  sources: string[];
}

const sourceLabel = (s: Source) => (s.inherited ? `^${s.text}` : s.text);

function run(passage: Passage, lexicon: CueLexicon): Outcome[] {
  let previous: { sources: Source[]; openQuote: boolean; earlier: string[] } | undefined;
  let previousStance: Stance | undefined;
  return passage.map((row, i) => {
    const [sentence] = row;
    const { stance, cues } = classifyStance(sentence, lexicon, { previousStance, inQuoteContinuation: previous?.openQuote ?? false });
    const found = findSources(sentence, lexicon, () => null, previous);
    // As the pipeline passes it: the sources and quote state of the sentence before, and the article up to here.
    previous = { ...found, earlier: passage.slice(0, i + 1).map((r) => r[0]) };
    previousStance = stance;
    return { row, stance, cues, sources: found.sources.map(sourceLabel) };
  });
}

interface Score {
  rows: number;
  stanceAccuracy: number;
  /** F1 over the sentences whose stance is not asserted, a hit needing the exact class. */
  nonAssertedF1: number;
  /** F1 of telling asserted from not asserted, whatever the class. */
  nonAssertedBinaryF1: number;
  cueExact: number;
  sourceRecall: number;
  sourcePrecision: number;
  misses: string[];
}

function score(outcomes: Outcome[]): Score {
  let stanceHits = 0, cueHits = 0, tp = 0, fp = 0, fn = 0, btp = 0, bfp = 0, bfn = 0, goldSources = 0, foundSources = 0, sourceHits = 0;
  const misses: string[] = [];
  for (const { row, stance, cues, sources } of outcomes) {
    const [sentence, goldStance, goldCues, goldSrc] = row;
    if (stance === goldStance) stanceHits++;
    if (goldStance !== 'asserted' && stance === goldStance) tp++;
    else {
      if (stance !== 'asserted') fp++;
      if (goldStance !== 'asserted') fn++;
    }
    if (goldStance !== 'asserted' && stance !== 'asserted') btp++;
    if (goldStance === 'asserted' && stance !== 'asserted') bfp++;
    if (goldStance !== 'asserted' && stance === 'asserted') bfn++;
    if (JSON.stringify(cues) === JSON.stringify(goldCues)) cueHits++;
    goldSources += goldSrc.length;
    foundSources += sources.length;
    sourceHits += goldSrc.filter((s) => sources.includes(s)).length;
    if (stance !== goldStance || JSON.stringify(cues) !== JSON.stringify(goldCues) || JSON.stringify(sources) !== JSON.stringify(goldSrc)) {
      misses.push(`${sentence}\n    expected ${goldStance} ${JSON.stringify(goldCues)} ${JSON.stringify(goldSrc)}\n    found    ${stance} ${JSON.stringify(cues)} ${JSON.stringify(sources)}`);
    }
  }
  const f1 = (t: number, p: number, n: number) => (t === 0 ? 0 : (2 * t) / (2 * t + p + n));
  const n = outcomes.length;
  return {
    rows: n,
    stanceAccuracy: stanceHits / n,
    nonAssertedF1: f1(tp, fp, fn),
    nonAssertedBinaryF1: f1(btp, bfp, bfn),
    cueExact: cueHits / n,
    sourceRecall: goldSources === 0 ? 1 : sourceHits / goldSources,
    sourcePrecision: foundSources === 0 ? 1 : sourceHits / foundSources,
    misses,
  };
}

const report = (name: string, s: Score) =>
  console.info(
    `${name}: ${s.rows} sentences, stance accuracy ${s.stanceAccuracy.toFixed(3)}, non-asserted F1 ${s.nonAssertedF1.toFixed(3)}` +
      ` (binary ${s.nonAssertedBinaryF1.toFixed(3)}), cues exact ${s.cueExact.toFixed(3)}, source recall ${s.sourceRecall.toFixed(3)},` +
      ` source precision ${s.sourcePrecision.toFixed(3)}${s.misses.length > 0 ? `\n  ${s.misses.join('\n  ')}` : ''}`,
  );

const rowCount = (passages: Passage[]) => passages.reduce((n, p) => n + p.length, 0);

describe('test tables', () => {
  it('are large enough', () => {
    expect(rowCount(TUNING_DE)).toBeGreaterThanOrEqual(80);
    expect(rowCount(TUNING_EN)).toBeGreaterThanOrEqual(30);
    expect(rowCount(HELD_OUT_DE) + rowCount(HELD_OUT_EN)).toBeGreaterThanOrEqual(30);
  });
  it('expect only verbatim sources and cues', () => {
    for (const passage of [...TUNING_DE, ...TUNING_EN, ...HELD_OUT_DE, ...HELD_OUT_EN]) {
      for (const [sentence, , cues, sources] of passage) {
        for (const text of [...cues, ...sources.filter((s) => !s.startsWith('^'))]) expect(sentence, text).toContain(text);
      }
    }
  });
});

for (const [name, passages, language] of [
  ['tuning table (de)', TUNING_DE, 'de'],
  ['tuning table (en)', TUNING_EN, 'en'],
] as const) {
  describe(name, () => {
    const outcomes = passages.flatMap((p) => run(p, lexicons[language]));
    for (const outcome of outcomes) {
      const [sentence, stance, cues, sources] = outcome.row;
      (KNOWN_LIMITS.has(sentence) ? it.fails : it)(sentence, () => {
        expect({ stance: outcome.stance, cues: outcome.cues, sources: outcome.sources }).toEqual({ stance, cues: [...cues], sources: [...sources] });
      });
    }
    it('scores', () => report(name, score(outcomes)));
  });
}

describe('held-out table', () => {
  it('does not fall below its first score', () => {
    const outcomes = [...HELD_OUT_DE.flatMap((p) => run(p, lexicons.de)), ...HELD_OUT_EN.flatMap((p) => run(p, lexicons.en))];
    const s = score(outcomes);
    report('held-out table', s);
    expect(s.stanceAccuracy).toBeGreaterThanOrEqual(HELD_OUT_BASELINE.stanceAccuracy);
    expect(s.sourceRecall).toBeGreaterThanOrEqual(HELD_OUT_BASELINE.sourceRecall);
  });
});
