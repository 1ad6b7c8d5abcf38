import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../types.ts';
import { loadQuantityConfig, parseQuantities } from './quantities.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const config = loadQuantityConfig(contentDir);

type Approx = Quantity['approx'];
type Expected = Omit<Quantity, 'start' | 'end'>;
type Case = [sentence: string, expected: Expected[]];

/** A single figure: count (counted set), measure (unit set) or bare number. */
function Q(text: string, value: number, approx: Approx = 'exact', unit: string | null = null, counted: string | null = null): Expected {
  return { text, value, min: null, max: null, approx, unit, counted };
}
/** A range: value null, min and max set. */
function R(text: string, min: number, max: number, unit: string | null = null, counted: string | null = null): Expected {
  return { text, value: null, min, max, approx: 'range', unit, counted };
}
/** A vague multiple (Dutzende, thousands of): no number at all, approx about. */
function V(text: string, counted: string | null = null, unit: string | null = null): Expected {
  return { text, value: null, min: null, max: null, approx: 'about', unit, counted };
}

// Invented sentences in the style of German reports on North Korean troops and weapons for Russia.
const DE: Case[] = [
  // number formats
  ['Nordkorea soll rund 11.000 Soldaten nach Russland geschickt haben.', [Q('rund 11.000', 11000, 'about', null, 'Soldat')]],
  ['Nach Angaben aus Seoul kämpfen inzwischen 12 000 nordkoreanische Soldaten in der Region Kursk.', [Q('12 000', 12000, 'exact', null, 'Soldat')]],
  ['Etwa 12\u202F000 Mann wurden an die Front verlegt.', [Q('Etwa 12\u202F000', 12000, 'about', null, 'Mann')]],
  ['Die Einheit umfasst 3\u00A0500 Kämpfer.', [Q('3\u00A0500', 3500, 'exact', null, 'Kämpfer')]],
  ['Insgesamt 4\u2009800 Granatwerfer sollen verladen worden sein.', [Q('4\u2009800', 4800, 'exact', null, 'Granatwerfer')]],
  ['Die Reichweite stieg um 2,5 Kilometer.', [Q('2,5 Kilometer', 2.5, 'exact', 'km')]],
  ['Pjöngjang lieferte bisher 5 Millionen Artilleriegranaten.', [Q('5 Millionen', 5_000_000, 'exact', null, 'Artilleriegranate')]],
  ['Der Wert der Lieferungen wird auf 5 Mio. Euro geschätzt.', [Q('5 Mio. Euro', 5_000_000, 'exact', 'EUR')]],
  ['Russland zahlte angeblich 1,2 Mrd. US-Dollar.', [Q('1,2 Mrd. US-Dollar', 1_200_000_000, 'exact', 'USD')]],
  ['Die Kosten werden auf 1,5 Milliarden Euro geschätzt.', [Q('1,5 Milliarden Euro', 1_500_000_000, 'exact', 'EUR')]],
  ['Russland zahlte 500 Millionen Dollar für die Lieferungen.', [Q('500 Millionen Dollar', 500_000_000, 'exact', 'USD')]],
  ['Demnach wurden 2,5 Millionen Schuss Munition verschifft.', [Q('2,5 Millionen', 2_500_000, 'exact', null, 'Schuss')]],
  ['Die 2.500 Soldaten bilden eine eigene Brigade.', [Q('2.500', 2500, 'exact', null, 'Soldat')]],
  // number words
  ['Zwei Soldaten wurden von ukrainischen Kräften gefangen genommen.', [Q('Zwei', 2, 'exact', null, 'Soldat')]],
  ['Zwölf Offiziere reisten zu Gesprächen nach Moskau.', [Q('Zwölf', 12, 'exact', null, 'Offizier')]],
  ['Zwanzig Haubitzen wurden auf Satellitenbildern gesichtet.', [Q('Zwanzig', 20, 'exact', null, 'Haubitze')]],
  ['Hundert Raketen sollen bereits geliefert worden sein.', [Q('Hundert', 100, 'exact', null, 'Rakete')]],
  ['Berichten zufolge sind tausend weitere Soldaten unterwegs.', [Q('tausend', 1000, 'exact', null, 'Soldat')]],
  ['Nordkorea hat zweihundert Raketenwerfer an die Grenze verlegt.', [Q('zweihundert', 200, 'exact', null, 'Raketenwerfer')]],
  ['Dreitausend Arbeiter sollen in russischen Fabriken eingesetzt werden.', [Q('Dreitausend', 3000, 'exact', null, 'Arbeiter')]],
  ['Die Ausbildung der Truppen dauerte zweieinhalb Monate.', [Q('zweieinhalb', 2.5, 'exact', null, 'Monat')]],
  ['Anderthalb Millionen Geschosse seien bereits angekommen.', [Q('Anderthalb Millionen', 1_500_000, 'exact', null, 'Geschoss')]],
  ['Ein Drittel der gelieferten Munition soll defekt sein.', [Q('Ein Drittel', 1 / 3, 'exact', null, 'Munition')]],
  ['Drei Viertel der Raketen verfehlten ihr Ziel.', [Q('Drei Viertel', 0.75, 'exact', null, 'Rakete')]],
  ['Die Ausbildung dauerte ein halbes Jahr.', [Q('ein halbes', 0.5, 'exact', null, 'Jahr')]],
  ['Eine halbe Million Schuss Munition wurde verladen.', [Q('Eine halbe Million', 500_000, 'exact', null, 'Schuss')]],
  ['Zwei Dutzend Raketen trafen die Stadt in der Nacht.', [Q('Zwei Dutzend', 24, 'exact', null, 'Rakete')]],
  ['Ein Dutzend Generäle reiste nach Pjöngjang.', [Q('Ein Dutzend', 12, 'exact', null, 'General')]],
  ['Eine Million Granaten soll Nordkorea geliefert haben.', [Q('Eine Million', 1_000_000, 'exact', null, 'Granate')]],
  ['Dutzende Drohnen griffen in der Nacht an.', [V('Dutzende', 'Drohne')]],
  ['Hunderte nordkoreanische Soldaten sollen gefallen sein.', [V('Hunderte', 'Soldat')]],
  ['Tausende Granaten wurden über die Grenze gebracht.', [V('Tausende', 'Granate')]],
  ['Zehntausende Soldaten stehen an der Grenze bereit.', [V('Zehntausende', 'Soldat')]],
  ['Mehrere tausend Soldaten befinden sich demnach in Kursk.', [V('Mehrere tausend', 'Soldat')]],
  ['Es geht um Tausende von Soldaten.', [V('Tausende', 'Soldat')]],
  // approximators
  ['Knapp 50 Haubitzen vom Typ Koksan sollen geliefert worden sein.', [Q('Knapp 50', 50, 'under', null, 'Haubitze')]],
  ['Nach fast 1000 Tagen Krieg ist kein Ende in Sicht.', [Q('fast 1000', 1000, 'under', null, 'Tag')]],
  ['Beinahe 300 Container wurden im Hafen Rason verladen.', [Q('Beinahe 300', 300, 'under', null, 'Container')]],
  ['Nahezu 40 Prozent der Granaten sollen Blindgänger sein.', [Q('Nahezu 40 Prozent', 40, 'under', 'Prozent')]],
  ['Über 5 Millionen Artilleriegeschosse hat Nordkorea wohl geliefert.', [Q('Über 5 Millionen', 5_000_000, 'over', null, 'Artilleriegeschoss')]],
  ['Mehr als 10.000 Soldaten sollen im Einsatz sein.', [Q('Mehr als 10.000', 10000, 'over', null, 'Soldat')]],
  ['Weit über 100 ballistische Raketen wurden verschossen.', [Q('Weit über 100', 100, 'over', null, 'Rakete')]],
  ['Mindestens 3.000 Soldaten sollen verwundet worden sein.', [Q('Mindestens 3.000', 3000, 'at-least', null, 'Soldat')]],
  ['Wenigstens 20 Panzerhaubitzen wurden zerstört.', [Q('Wenigstens 20', 20, 'at-least', null, 'Panzerhaubitze')]],
  ['Höchstens 500 Offiziere seien beteiligt.', [Q('Höchstens 500', 500, 'at-most', null, 'Offizier')]],
  ['Maximal 2 Prozent der Lieferungen wurden abgefangen.', [Q('Maximal 2 Prozent', 2, 'at-most', 'Prozent')]],
  ['Weniger als 100 Soldaten kehrten zurück.', [Q('Weniger als 100', 100, 'at-most', null, 'Soldat')]],
  ['Die Raketen haben eine Reichweite von bis zu 2.000 Kilometern.', [Q('bis zu 2.000 Kilometern', 2000, 'up-to', 'km')]],
  ['Bis zu 2000 Soldaten könnten folgen.', [Q('Bis zu 2000', 2000, 'up-to', null, 'Soldat')]],
  ['Ca. 600 Soldaten sollen getötet worden sein.', [Q('Ca. 600', 600, 'about', null, 'Soldat')]],
  ['Circa 40 Schiffe pendelten zwischen den Häfen.', [Q('Circa 40', 40, 'about', null, 'Schiff')]],
  ['Ungefähr 70 Züge mit Munition wurden registriert.', [Q('Ungefähr 70', 70, 'about', null, 'Zug')]],
  // "gut" is "etwas mehr als" (Duden): over, like "a good 30 kilometres"; "annähernd" approximates: about
  ['Gut 200 Lkw fuhren über die Brücke.', [Q('Gut 200', 200, 'over', null, 'Lkw')]],
  ['Die Kolonne war gut 30 Kilometer lang.', [Q('gut 30 Kilometer', 30, 'over', 'km')]],
  ['Gut die Hälfte der Drohnen wurde abgefangen.', [Q('Gut die Hälfte', 0.5, 'over', null, 'Drohne')]],
  ['Die Truppe zahlte gut drei Millionen Euro.', [Q('gut drei Millionen Euro', 3e6, 'over', 'EUR')]],
  ['Annähernd 300 Fahrzeuge standen am Bahnhof.', [Q('Annähernd 300', 300, 'about', null, 'Fahrzeug')]],
  ['Die Angriffe waren gut geplant, 40 Soldaten starben.', [Q('40', 40, 'exact', null, 'Soldat')]],
  ['Etwa 40 Prozent der Geschosse zündeten nicht.', [Q('Etwa 40 Prozent', 40, 'about', 'Prozent')]],
  ['Die Zahl lag bei knapp über 100 Raketen.', [Q('knapp über 100', 100, 'over', null, 'Rakete')]],
  // ranges
  ['Geschätzt werden 10.000 bis 20.000 Soldaten.', [R('10.000 bis 20.000', 10000, 20000, null, 'Soldat')]],
  ['Demnach könnten 4 bis 6 Millionen Granaten geliefert worden sein.', [R('4 bis 6 Millionen', 4_000_000, 6_000_000, null, 'Granate')]],
  ['Die Drohnen flogen zwischen 40 und 60 Kilometern weit.', [R('zwischen 40 und 60 Kilometern', 40, 60, 'km')]],
  ['Die Front verläuft auf 40–60 km Breite.', [R('40–60 km', 40, 60, 'km')]],
  ['Zwischen 10.000 und 12.000 Nordkoreaner sollen in Kursk sein.', [R('Zwischen 10.000 und 12.000', 10000, 12000, null, 'Nordkoreaner')]],
  ['Die Rakete erreicht eine Höhe von 50 bis 60 Kilometern.', [R('von 50 bis 60 Kilometern', 50, 60, 'km')]],
  ['Die Zahl stieg von 11.000 auf 30.000 Soldaten.', [Q('11.000', 11000), Q('30.000', 30000, 'exact', null, 'Soldat')]],
  // units
  ['Die Artillerie feuerte 155-mm-Granaten auf die Stellungen ab.', [Q('155-mm', 155, 'exact', 'mm', 'Granate')]],
  ['Nordkorea soll weitere 170-mm-Haubitzen liefern.', [Q('170-mm', 170, 'exact', 'mm', 'Haubitze')]],
  ['Die Koksan verschießt Granaten im Kaliber 170 mm.', [Q('170 mm', 170, 'exact', 'mm')]],
  ['20 Prozent der Soldaten sollen verletzt sein.', [Q('20 Prozent', 20, 'exact', 'Prozent')]],
  ['Die Trefferquote liegt bei 20 %.', [Q('20 %', 20, 'exact', 'Prozent')]],
  ['Nordkorea exportierte 8.000 Tonnen Munition.', [Q('8.000 Tonnen', 8000, 'exact', 't')]],
  ['Jede Granate wiegt rund 45 kg.', [Q('rund 45 kg', 45, 'about', 'kg')]],
  ['Die Rakete ist 7,5 Meter lang.', [Q('7,5 Meter', 7.5, 'exact', 'm')]],
  ['Der Krater hatte einen Durchmesser von 12 m.', [Q('12 m', 12, 'exact', 'm')]],
  ['Die Rakete flog mehr als 800 Kilometer weit.', [Q('mehr als 800 Kilometer', 800, 'over', 'km')]],
  ['Über 50 Kilometer weit reicht die Artillerie.', [Q('Über 50 Kilometer', 50, 'over', 'km')]],
  ['Die Zustimmung sank um 20 Prozentpunkte.', [Q('20 Prozentpunkte', 20, 'exact', 'Prozentpunkt')]],
  // counted noun
  ['Es geht um 100 kurzreichweitige ballistische Raketen.', [Q('100', 100, 'exact', null, 'Rakete')]],
  ['3.000 Söldner sollen sich der Truppe angeschlossen haben.', [Q('3.000', 3000, 'exact', null, 'Söldner')]],
  ['650.000 russische Soldaten sollen getötet oder verwundet worden sein.', [Q('650.000', 650000, 'exact', null, 'Soldat')]],
  ['Im Gebiet stehen 50 schwere Haubitzen.', [Q('50', 50, 'exact', null, 'Haubitze')]],
  ['2000 Soldaten wurden zusätzlich verlegt.', [Q('2000', 2000, 'exact', null, 'Soldat')]],
  ['Insgesamt sollen 24 Koksan-Geschütze verlegt worden sein.', [Q('24', 24, 'exact', null, 'Koksan-Geschütz')]],
  ['Kiew meldete 30 zerstörte Waffensysteme.', [Q('30', 30, 'exact', null, 'Waffensystem')]],
  ['Mit 100 Raketen wurde die Stadt beschossen.', [Q('100', 100, 'exact', null, 'Rakete')]],
  ['Die Lieferung umfasste 12 Mehrfachraketenwerfer und 50 Haubitzen.', [Q('12', 12, 'exact', null, 'Mehrfachraketenwerfer'), Q('50', 50, 'exact', null, 'Haubitze')]],
  ['In den vergangenen 24 Stunden wurden 15 Angriffe gemeldet.', [Q('24', 24, 'exact', null, 'Stunde'), Q('15', 15, 'exact', null, 'Angriff')]],
  ['Die Rede des Ministers dauerte 90 Minuten.', [Q('90', 90, 'exact', null, 'Minute')]],
  ['Nordkorea hat seit 2023 mehr als 20.000 Container geliefert.', [Q('mehr als 20.000', 20000, 'over', null, 'Container')]],
  ['Kiew spricht von 3.000 getöteten und 2.700 verwundeten Nordkoreanern.', [Q('3.000', 3000), Q('2.700', 2700, 'exact', null, 'Nordkoreaner')]],
  ['Es gibt Berichte über 3000 getötete Nordkoreaner.', [Q('3000', 3000, 'exact', null, 'Nordkoreaner')]],
  ['Mit 50 KN-23 Raketen wurde Charkiw beschossen.', [Q('50', 50, 'exact', null, 'Rakete')]],
  ['Die Zahl der Soldaten wird auf 10.000 geschätzt.', [Q('10.000', 10000)]],
  ['Bei dem Angriff gab es 12 Tote und 40 Verletzte.', [Q('12', 12, 'exact', null, 'Tote'), Q('40', 40, 'exact', null, 'Verletzte')]],
  ['Kiew zufolge wurden bereits 40 dieser Haubitzen zerstört.', [Q('40', 40, 'exact', null, 'Haubitze')]],
  ['Ein Offizier sprach von „Hunderten“ getöteten Soldaten.', [V('Hunderten', 'Soldat')]],
  ['Nordkorea verfügt über 1,2 Millionen aktive Soldaten.', [Q('1,2 Millionen', 1_200_000, 'exact', null, 'Soldat')]],
  ['Die USA bewilligten ein 60-Milliarden-Dollar-Paket.', [Q('60-Milliarden-Dollar', 60_000_000_000, 'exact', 'USD')]],
  ['Rund 152 Millimeter misst das Kaliber der 152-Millimeter-Granaten.', [Q('Rund 152 Millimeter', 152, 'about', 'mm'), Q('152-Millimeter', 152, 'exact', 'mm', 'Granate')]],
  ['Seit über 70 Jahren ist die Halbinsel geteilt.', [Q('über 70', 70, 'over', null, 'Jahr')]],
  // vague multiples: no number, approx about
  ['Einige tausend Soldaten wurden in den Osten verlegt.', [V('Einige tausend', 'Soldat')]],
  ['Mehrere hundert Granaten explodierten im Depot.', [V('Mehrere hundert', 'Granate')]],
  ['Die Ukraine hält seit dem Sommer Hunderte Quadratkilometer russischen Gebiets.', [V('Hunderte Quadratkilometer', null, 'km²')]],
  ['Hunderttausende Menschen sind auf der Flucht.', [V('Hunderttausende', 'Mensch')]],
  ['„Kiew hat Tausende davon“, sagte der Oberst.', [V('Tausende')]],
  ['Wenige hundert Meter vor der Stellung schlugen Granaten ein.', [V('Wenige hundert Meter', null, 'm')]],
  ['Kim schickte Dutzende seiner gefürchteten Kanonen an die Front.', [V('Dutzende', 'Kanone')]],
  // fractions: the article or approximator belongs to the text, counted is the genitive noun
  ['Mehr als die Hälfte der Granaten stammt aus Nordkorea.', [Q('Mehr als die Hälfte', 0.5, 'over', null, 'Granate')]],
  ['Die Hälfte der Raketen verfehlte ihr Ziel.', [Q('Die Hälfte', 0.5, 'exact', null, 'Rakete')]],
  ['Die Hälfte aller Granaten soll defekt sein.', [Q('Die Hälfte', 0.5, 'exact', null, 'Granate')]],
  ['Das entspräche knapp der Hälfte der russischen Artilleriemunition.', [Q('knapp der Hälfte', 0.5, 'under', null, 'Artilleriemunition')]],
  ['Etwa ein Drittel der Soldaten sei verwundet worden.', [Q('Etwa ein Drittel', 1 / 3, 'about', null, 'Soldat')]],
  ['Zwei Drittel der Lieferungen kamen per Bahn.', [Q('Zwei Drittel', 2 / 3, 'exact', null, 'Lieferung')]],
  ['Rund ein Viertel des Arsenals gilt als veraltet.', [Q('Rund ein Viertel', 0.25, 'about', null, 'Arsenal')]],
  ['Nach Angaben aus Kiew sank die Trefferquote um die Hälfte.', [Q('die Hälfte', 0.5, 'exact')]],
  ['Von den Männern sei inzwischen mehr als ein Drittel gefallen.', [Q('mehr als ein Drittel', 1 / 3, 'over')]],
  ['In der zweiten Hälfte des Jahres sollen weitere Truppen folgen.', []],
  ['Die erste Hälfte der Lieferung traf im Mai ein.', []],
  // currency: symbols, abbreviated scales, ranges with a shared scale
  ['Die Einnahmen lagen zwischen 4 und 6 Milliarden US-Dollar.', [R('zwischen 4 und 6 Milliarden US-Dollar', 4e9, 6e9, 'USD')]],
  ['Russland zahlte €1,5 Mrd. für die Lieferungen.', [Q('€1,5 Mrd.', 1.5e9, 'exact', 'EUR')]],
  ['Der Wert wird auf 1,5 Mrd. Euro geschätzt.', [Q('1,5 Mrd. Euro', 1.5e9, 'exact', 'EUR')]],
  ['Die Einnahmen stiegen auf knapp 20 Milliarden US-Dollar.', [Q('knapp 20 Milliarden US-Dollar', 2e10, 'under', 'USD')]],
  ['Die Hilfe umfasst 2 bis 3 Mrd. €.', [R('2 bis 3 Mrd. €', 2e9, 3e9, 'EUR')]],
  ['Russland verkaufte 1 Million Barrel Öl an Nordkorea.', [Q('1 Million Barrel', 1e6, 'exact', 'barrel')]],
  // a number word right after a definite article is a reference; digits stay quantities
  ['Die zwei Staaten unterzeichneten einen Beistandspakt.', []],
  ['Die Familien der drei Männer warten auf Nachricht.', []],
  ['Mit den vier Offizieren sprach niemand.', []],
  ['Die zwei Millionen Granaten wurden per Bahn transportiert.', []],
  ['Die 11.000 Soldaten wurden in Kursk stationiert.', [Q('11.000', 11000, 'exact', null, 'Soldat')]],
  ['Einheiten, die zwei Raketen abfeuerten, wurden zerstört.', [Q('zwei', 2, 'exact', null, 'Rakete')]],
  ['Ein Soldat wurde leicht verletzt.', []],
  // an approximator does not attach to an attributive calibre
  ['Die Ukraine beschwert sich über 152-mm-Granaten mit hoher Fehlerquote.', [Q('152-mm', 152, 'exact', 'mm', 'Granate')]],
  ['Nordkorea lieferte rund 500 152-mm-Granaten.', [Q('rund 500', 500, 'about'), Q('152-mm', 152, 'exact', 'mm', 'Granate')]],
  // partitive with a second number: "48 der 73 Drohnen"
  ['Die Luftwaffe meldete den Abschuss von 48 der 73 russischen Drohnen.', [Q('48', 48, 'exact', null, 'Drohne'), Q('73', 73, 'exact', null, 'Drohne')]],
  // an indefinite article before a measure unit is the number one ("mehr als einen Kilometer")
  ['Die Rakete schlug mehr als einen Kilometer vom Ziel entfernt ein.', [Q('mehr als einen Kilometer', 1, 'over', 'km')]],
  ['Jede Palette wiegt knapp eine Tonne.', [Q('knapp eine Tonne', 1, 'under', 't')]],
  ['Die Produktion stieg um ein Prozent.', [Q('ein Prozent', 1, 'exact', 'Prozent')]],
  ['Der Graben war einen Meter tief.', [Q('einen Meter', 1, 'exact', 'm')]],
  ['Ein Meterstab lag neben dem Krater.', []],
  ['Ein Dollar ist nicht viel.', []],
  // "innerhalb von", "im Umkreis von" before a measure: at most ("within 50 m"); before a duration no approximator
  ['Die Granaten schlugen innerhalb von 100 Metern um das Ziel ein.', [Q('innerhalb von 100 Metern', 100, 'at-most', 'm')]],
  ['Im Umkreis von 30 Kilometern wurden Dörfer evakuiert.', [Q('Im Umkreis von 30 Kilometern', 30, 'at-most', 'km')]],
  ['Innerhalb von zwei Wochen trafen 3.000 Soldaten ein.', [Q('zwei', 2, 'exact', null, 'Woche'), Q('3.000', 3000, 'exact', null, 'Soldat')]],
  // shares in a range
  ['Zwischen einem Viertel und der Hälfte der Granaten soll aus Nordkorea stammen.', [R('Zwischen einem Viertel und der Hälfte', 0.25, 0.5, null, 'Granate')]],
  ['Ein Drittel bis die Hälfte der Raketen verfehlte das Ziel.', [R('Ein Drittel bis die Hälfte', 1 / 3, 0.5, null, 'Rakete')]],
  // approximators after the number: "oder mehr", "und mehr", "oder weniger", "oder so"
  ['Nordkorea könnte 5.000 oder mehr Soldaten schicken.', [Q('5.000 oder mehr', 5000, 'at-least', null, 'Soldat')]],
  ['Die Reichweite beträgt 300 Kilometer oder weniger.', [Q('300 Kilometer oder weniger', 300, 'at-most', 'km')]],
  ['Jede Lieferung kostet 20 Millionen Euro und mehr.', [Q('20 Millionen Euro und mehr', 2e7, 'at-least', 'EUR')]],
  ['Er schätzt die Zahl auf 500 oder so.', [Q('500 oder so', 500, 'about')]],
  ['Es waren 50 Soldaten, mehr oder weniger.', [Q('50', 50, 'exact', null, 'Soldat')]],
  ['Es kamen 200 Soldaten und mehr Panzer als erwartet.', [Q('200', 200, 'exact', null, 'Soldat')]],
  ['Die Zahl stieg von 20 oder mehr als 30 auf 50.', [Q('20', 20), Q('mehr als 30', 30, 'over'), Q('50', 50)]],
  // phone numbers: a leading zero, an international "+", or a phone word before the digits
  ['Informationen gibt es unter Tel. 0621 555-1234.', []],
  ['Die Hotline ist unter 0800 123 456 erreichbar.', []],
  ['Rückfragen unter Telefon +49 30 1234567 oder per Mail.', []],
  ['Fax: 29-72651, Durchwahl 14.', []],
  ['Die Quote liegt bei 0,5 Prozent.', [Q('0,5 Prozent', 0.5, 'exact', 'Prozent')]],
  ['Die Wirtschaft wuchs um +5 Prozent.', [Q('5 Prozent', 5, 'exact', 'Prozent')]],
  // "knapp"/"gut" as an adjective after the article: "ein knappes Drittel", "eine gute Million"
  ['Ein knappes Drittel der Granaten war defekt.', [Q('Ein knappes Drittel', 1 / 3, 'under', null, 'Granate')]],
  ['Ein gutes Viertel der Soldaten ist verwundet.', [Q('Ein gutes Viertel', 0.25, 'over', null, 'Soldat')]],
  ['Die knappe Hälfte der Raketen traf.', [Q('Die knappe Hälfte', 0.5, 'under', null, 'Rakete')]],
  ['Russland zahlte eine gute Million Dollar.', [Q('eine gute Million Dollar', 1e6, 'over', 'USD')]],
  ['Die Stellung liegt einen knappen Kilometer entfernt.', [Q('einen knappen Kilometer', 1, 'under', 'km')]],
  ['Ein guter Soldat schweigt, ein knapper Sieg reicht.', []],
  // suspended hyphen: "zwei- bis dreitausend" shares the second word's hundreds or thousands
  ['Zwei- bis dreitausend Soldaten sollen folgen.', [R('Zwei- bis dreitausend', 2000, 3000, null, 'Soldat')]],
  ['Täglich fielen fünf- bis sechshundert Granaten.', [R('fünf- bis sechshundert', 500, 600, null, 'Granate')]],
  ['Die Truppen wurden zwei- bis dreimal verlegt.', []],
  // the article is the number one at the start of a range: "ein bis zwei", "zwischen einem und zwei"
  ['Zwischen einem und zwei Prozent der Raketen trafen.', [R('Zwischen einem und zwei Prozent', 1, 2, 'Prozent')]],
  ['Die Reparatur dauert ein bis zwei Wochen.', [R('ein bis zwei', 1, 2, null, 'Woche')]],
  ['Ein bis heute ungelöstes Problem bleibt die Munition.', []],
  // not quantities
  ['Am 16.11.2024 meldete Kiew neue Angriffe.', []],
  ['Am 21. Dezember 2024 kam es zu heftigen Gefechten.', []],
  ['Der Angriff begann am 3. Oktober um 21:15 Uhr.', []],
  ['Die Sitzung des Sicherheitsrats endete um 14.30 Uhr.', []],
  ['Im Jahr 2022 begann der russische Angriffskrieg.', []],
  ['Seit 2014 kämpfen prorussische Separatisten im Donbass.', []],
  ['Zum Jahreswechsel 2025 sollen weitere Truppen folgen.', []],
  ['Die 47. Brigade meldete schwere Gefechte.', []],
  ['Im 2. Weltkrieg war die Region heftig umkämpft.', []],
  ['Russland setzt KN-23 und KN23-Raketen ein.', []],
  ['Die M1989 ist auch als M-1978 bekannt.', []],
  ['Die Hwasong-11 ähnelt der russischen 9K720 Iskander.', []],
  ['Mehrere IL76s landeten in Wladiwostok.', []],
  ['Kampfjets vom Typ Su-27 und Panzer vom Typ T-72 wurden gesichtet.', []],
  ['Die Koksan 170mm gilt als eines der größten Geschütze.', []],
  ['Ein Sprecher sagte, eine Entscheidung stehe bevor.', []],
  ['Beide Seiten meldeten Verluste, erste Berichte sind unbestätigt.', []],
  ['Drittens geht es um den Austausch von Technologie.', []],
  ['Anfang August wurden erste Einheiten verlegt.', []],
  ['Laut der UN-Resolution 2397 sind Waffenexporte verboten.', []],
  ['Der Vertrag aus dem Jahr 2024 sieht gegenseitigen Beistand vor.', []],
  ['Zwischen 2022 und 2024 wuchs die Zusammenarbeit.', []],
  ['Der Beistandspakt trat im Dezember 2024 in Kraft.', []],
  ['Die Zwei-Drittel-Mehrheit im Parlament stimmte zu.', []],
  ['Am 2024-11-16 bestätigte Seoul die Berichte.', []],
  ['Der Koreakrieg 1950–1953 endete ohne Friedensvertrag.', []],
  ['Die Angriffe erfolgten zwischen 22 und 4 Uhr.', []],
  ['Ein 100-Millionen-Projekt soll die Produktion steigern.', []],
  ['Raketen vom Typ 9M723 und Geschütze vom Typ 2S7 wurden gesichtet.', []],
  ['2017 testete Nordkorea eine Interkontinentalrakete.', []],
];

// Invented sentences in the style of English wire reports on the same topic.
const EN: Case[] = [
  ['North Korea has sent about 11,000 soldiers to Russia.', [Q('about 11,000', 11000, 'about', null, 'soldier')]],
  ['Around 1,000 troops were killed or wounded in a week.', [Q('Around 1,000', 1000, 'about', null, 'troop')]],
  ['Pyongyang may have supplied 1.5 million artillery shells.', [Q('1.5 million', 1_500_000, 'exact', null, 'shell')]],
  ['Each shell weighs roughly 2.5 kg.', [Q('roughly 2.5 kg', 2.5, 'about', 'kg')]],
  ['Two North Korean soldiers were captured by Ukrainian forces.', [Q('Two', 2, 'exact', null, 'soldier')]],
  ['Twelve generals travelled to Moscow last month.', [Q('Twelve', 12, 'exact', null, 'general')]],
  ['The unit lost two hundred men in the first assault.', [Q('two hundred', 200, 'exact', null, 'man')]],
  ['Hundreds of North Korean troops have died.', [V('Hundreds', 'troop')]],
  ['Thousands of shells crossed the border by rail.', [V('Thousands', 'shell')]],
  ['Tens of thousands of soldiers could follow.', [V('Tens of thousands', 'soldier')]],
  ['Several thousand workers are expected to arrive.', [V('Several thousand', 'worker')]],
  ['Dozens of drones attacked Kyiv overnight.', [V('Dozens', 'drone')]],
  ['Approximately 50 howitzers were spotted in satellite images.', [Q('Approximately 50', 50, 'about', null, 'howitzer')]],
  ['Some 12,000 troops are stationed in Kursk.', [Q('Some 12,000', 12000, 'about', null, 'troop')]],
  ['Nearly 100 missiles have been fired at Ukrainian cities.', [Q('Nearly 100', 100, 'under', null, 'missile')]],
  ['Almost 40 percent of the shells were duds.', [Q('Almost 40 percent', 40, 'under', 'Prozent')]],
  ['More than 3,000 soldiers have been killed, officials said.', [Q('More than 3,000', 3000, 'over', null, 'soldier')]],
  ['Over 5 million rounds have been shipped since August.', [Q('Over 5 million', 5_000_000, 'over', null, 'round')]],
  ['At least 200 soldiers were wounded.', [Q('At least 200', 200, 'at-least', null, 'soldier')]],
  ['The missile can travel up to 2,000 kilometres.', [Q('up to 2,000 kilometres', 2000, 'up-to', 'km')]],
  ['As many as 100,000 troops could be deployed.', [Q('As many as 100,000', 100000, 'up-to', null, 'troop')]],
  ['Fewer than 500 civilians left the area.', [Q('Fewer than 500', 500, 'at-most', null, 'civilian')]],
  ['Less than 10% of the missiles hit their targets.', [Q('Less than 10%', 10, 'at-most', 'Prozent')]],
  ['Between 10,000 and 12,000 soldiers are believed to be in Kursk.', [R('Between 10,000 and 12,000', 10000, 12000, null, 'soldier')]],
  ['Officials estimate 10,000 to 20,000 casualties.', [R('10,000 to 20,000', 10000, 20000, null, 'casualty')]],
  ['The drones struck between 40 and 60 km behind the front.', [R('between 40 and 60 km', 40, 60, 'km')]],
  ['Russia reportedly paid $1.5 billion for the shipments.', [Q('$1.5 billion', 1_500_000_000, 'exact', 'USD')]],
  ['The deal is worth 20 million dollars.', [Q('20 million dollars', 20_000_000, 'exact', 'USD')]],
  ['North Korea shipped 8,000 tonnes of ammunition.', [Q('8,000 tonnes', 8000, 'exact', 't')]],
  ['The howitzers fire 170mm shells.', [Q('170mm', 170, 'exact', 'mm', 'shell')]],
  ['The missiles have a range of 300 miles.', [Q('300 miles', 300, 'exact', 'mi')]],
  ['A dozen KN-23 missiles were launched.', [Q('A dozen', 12, 'exact', null, 'missile')]],
  ['Two dozen launchers were spotted near the border.', [Q('Two dozen', 24, 'exact', null, 'launcher')]],
  ['Half a million shells were delivered in October.', [Q('Half a million', 500_000, 'exact', null, 'shell')]],
  ['North Korea supplied 50 Koksan howitzers.', [Q('50', 50, 'exact', null, 'howitzer')]],
  ['More than 10,000 North Koreans are fighting.', [Q('More than 10,000', 10000, 'over', null, 'North Korean')]],
  ['Russia lost 1,200 men in a single day.', [Q('1,200', 1200, 'exact', null, 'man')]],
  ['A total of 100 short-range ballistic missiles were delivered.', [Q('100', 100, 'exact', null, 'missile')]],
  ['The number rose from 11,000 to 30,000 soldiers.', [Q('11,000', 11000), Q('30,000', 30000, 'exact', null, 'soldier')]],
  ['One official told reporters that three to four thousand troops would follow.', [R('three to four thousand', 3000, 4000, null, 'troop')]],
  ['Officials said 300 of these launchers had been moved.', [Q('300', 300, 'exact', null, 'launcher')]],
  ['The US has approved more than $60bn in military aid.', [Q('more than $60bn', 60_000_000_000, 'over', 'USD')]],
  ["Pyongyang's 170mm Koksan guns can hit targets 60 km away.", [Q('170mm', 170, 'exact', 'mm', 'gun'), Q('60 km', 60, 'exact', 'km')]],
  ['The operation took 3 months, with losses of roughly 5%.', [Q('3', 3, 'exact', null, 'month'), Q('roughly 5%', 5, 'about', 'Prozent')]],
  // vague multiples: no number, approx about
  ['Several hundred North Korean soldiers were wounded.', [V('Several hundred', 'soldier')]],
  ['A U.S. official put the casualties at "several hundred".', [V('several hundred')]],
  ['A few thousand workers arrived in the Far East.', [V('A few thousand', 'worker')]],
  ['Russia spent hundreds of millions of dollars on shells.', [V('hundreds of millions of dollars', null, 'USD')]],
  ['The drones flew thousands of kilometres.', [V('thousands of kilometres', null, 'km')]],
  ['Hundreds of its soldiers have died in Kursk.', [V('Hundreds', 'soldier')]],
  // fractions
  ['About half of the shells fired by Russia came from North Korea.', [Q('About half', 0.5, 'about', null, 'shell')]],
  ['Officials said more than half the launchers were new.', [Q('more than half', 0.5, 'over', null, 'launcher')]],
  ['Nearly a third of the missiles missed their targets.', [Q('Nearly a third', 1 / 3, 'under', null, 'missile')]],
  ['Two-thirds of the troops are conscripts.', [Q('Two-thirds', 2 / 3, 'exact', null, 'troop')]],
  ['A quarter of the launchers were destroyed.', [Q('A quarter', 0.25, 'exact', null, 'launcher')]],
  ['Three quarters of the drones were shot down.', [Q('Three quarters', 0.75, 'exact', null, 'drone')]],
  ['Roughly one-third of the shells failed to explode.', [Q('Roughly one-third', 1 / 3, 'about', null, 'shell')]],
  ['Half of them were killed, the ministry said.', [Q('Half', 0.5, 'exact')]],
  ['Pyongyang supplied about half of the artillery shells Russia fired.', [Q('about half', 0.5, 'about', null, 'shell')]],
  ['A third of the ammunition was defective.', [Q('A third', 1 / 3, 'exact', null, 'ammunition')]],
  ["Half of North Korea's exports went to Russia.", [Q('Half', 0.5, 'exact', null, 'export')]],
  ['In the first half of 2024, shipments rose sharply.', []],
  ['The second half of the year was quieter.', []],
  ['A third shipment arrived in March.', []],
  ['A two-thirds majority approved the treaty.', []],
  ['The war has lasted two and a half years.', [Q('two and a half', 2.5, 'exact', null, 'year')]],
  // currency ranges and symbols
  ['Arms sales earned Pyongyang between $4 billion and $6 billion last year.', [R('between $4 billion and $6 billion', 4e9, 6e9, 'USD')]],
  ['The deal is worth $2bn to $3bn.', [R('$2bn to $3bn', 2e9, 3e9, 'USD')]],
  ['Exports were worth between 4 and 6 billion dollars.', [R('between 4 and 6 billion dollars', 4e9, 6e9, 'USD')]],
  ['Russia paid $4 billion for the shells.', [Q('$4 billion', 4e9, 'exact', 'USD')]],
  ['The aid package totals €1.5 billion.', [Q('€1.5 billion', 1.5e9, 'exact', 'EUR')]],
  ['Russia shipped more than 1 million barrels of oil.', [Q('more than 1 million barrels', 1e6, 'over', 'barrel')]],
  // "one" and number words after "the" are references
  ['By one estimate, losses doubled in a month.', []],
  ['The two countries signed a treaty in June.', []],
  ['Cooperation between the two countries deepened.', []],
  ['One million shells were shipped by rail.', [Q('One million', 1e6, 'exact', null, 'shell')]],
  ['The missile flew one kilometre before it exploded.', [Q('one kilometre', 1, 'exact', 'km')]],
  ['One third of the shells were duds.', [Q('One third', 1 / 3, 'exact', null, 'shell')]],
  ['The 11,000 soldiers arrived in October.', [Q('11,000', 11000, 'exact', null, 'soldier')]],
  // "about" and "over" as prepositions
  ['Western officials expressed concern about 240-mm rocket launchers.', [Q('240-mm', 240, 'exact', 'mm', 'launcher')]],
  ['He was worried about 155-mm shells arriving at the front.', [Q('155-mm', 155, 'exact', 'mm', 'shell')]],
  ['Officials held talks about 50 new howitzers.', [Q('50', 50, 'exact', null, 'howitzer')]],
  ['Reporters asked about 300 missing soldiers.', [Q('300', 300, 'exact', null, 'soldier')]],
  ['The ministry said nothing about 20 drones it had lost.', [Q('20', 20, 'exact', null, 'drone')]],
  ['Kyiv has questions about 2,000 shells that never arrived.', [Q('2,000', 2000, 'exact', null, 'shell')]],
  ['The dispute over 20 howitzers continues.', [Q('20', 20, 'exact', null, 'howitzer')]],
  ['The convoy was about 40 km long.', [Q('about 40 km', 40, 'about', 'km')]],
  ['Losses of about 500 men were reported.', [Q('about 500', 500, 'about', null, 'man')]],
  ['Pyongyang sent shells and about 50 launchers.', [Q('about 50', 50, 'about', null, 'launcher')]],
  ['The range is, about 300 km, officials said.', [Q('about 300 km', 300, 'about', 'km')]],
  // counted noun after "more" and in a partitive with a second number
  ['North Korea sent about 50 more howitzers.', [Q('about 50', 50, 'about', null, 'howitzer')]],
  ['Ukraine shot down 48 of the 73 drones.', [Q('48', 48, 'exact', null, 'drone'), Q('73', 73, 'exact', null, 'drone')]],
  // "a good" is "a little more than": over
  ['The convoy stretched a good 30 kilometres.', [Q('a good 30 kilometres', 30, 'over', 'km')]],
  ['A good half of the drones were shot down.', [Q('A good half', 0.5, 'over', null, 'drone')]],
  ['Approximately 4,000 vehicles were counted.', [Q('Approximately 4,000', 4000, 'about', null, 'vehicle')]],
  // "a" before a measure unit is one ("more than a kilometre"), but not as "per" after a price
  ['Some shells landed more than a mile from the target.', [Q('more than a mile', 1, 'over', 'mi')]],
  ['The crater was nearly a metre deep.', [Q('nearly a metre', 1, 'under', 'm')]],
  ['The tunnel runs for a kilometre under the hill.', [Q('a kilometre', 1, 'exact', 'km')]],
  ['Coal sold for $120 a tonne, twice the usual price.', [Q('$120', 120, 'exact', 'USD')]],
  ['Fuel costs 2 dollars a kilogram there.', [Q('2 dollars', 2, 'exact', 'USD')]],
  ['A dollar buys little in Pyongyang.', []],
  // "within" before a measure: at most; before a duration no approximator
  ['The drones struck within 20 km of the border.', [Q('within 20 km', 20, 'at-most', 'km')]],
  ['The shells must land within 2 percent of the aim point.', [Q('within 2 percent', 2, 'at-most', 'Prozent')]],
  ['The shells arrived within two weeks.', [Q('two', 2, 'exact', null, 'week')]],
  // shares in a range
  ['Officials said between a third and a half of the shells were duds.', [R('between a third and a half', 1 / 3, 0.5, null, 'shell')]],
  ['Between one-third and two-thirds of the launchers failed.', [R('Between one-third and two-thirds', 1 / 3, 2 / 3, null, 'launcher')]],
  ['Between a quarter and half of the drones were jammed.', [R('Between a quarter and half', 0.25, 0.5, null, 'drone')]],
  ['A half-hour drive separates the depots.', []],
  ['They waited for a half hour at the border.', []],
  // approximators after the number: "or so", "or more", "or less", "or fewer"
  ['The programme costs $2 billion or so each year.', [Q('$2 billion or so', 2e9, 'about', 'USD')]],
  ['Fifty or so soldiers deserted.', [Q('Fifty or so', 50, 'about', null, 'soldier')]],
  ['Pyongyang may send 10,000 or more troops.', [Q('10,000 or more', 10000, 'at-least', null, 'troop')]],
  ['The drones fly 100 km or less.', [Q('100 km or less', 100, 'at-most', 'km')]],
  ['Units of 40 or fewer men were used.', [Q('40 or fewer', 40, 'at-most', null, 'man')]],
  ['They counted 300 or so-called volunteers.', [Q('300', 300)]],
  ['The count was 20 or more than 30, officials said.', [Q('20', 20), Q('more than 30', 30, 'over')]],
  // phone numbers: a leading zero, an international "+", or a phone word before the digits
  ['Call 020 7946 0958 for details.', []],
  ['Contact the embassy at +44 20 7946 0000.', []],
  ['Phone: 555-0199, ext. 12.', []],
  ['The error was 0.5 percent.', [Q('0.5 percent', 0.5, 'exact', 'Prozent')]],
  // English counterparts: "a good" before a share, suspended ranges, "one" starting a range
  ['A good soldier never talks about a good deal.', []],
  ['Five to six hundred shells fell daily.', [R('Five to six hundred', 500, 600, null, 'shell')]],
  ['Between one and two percent of the missiles hit.', [R('Between one and two percent', 1, 2, 'Prozent')]],
  // not quantities
  ['On Nov. 16, 2024, Seoul reported new deployments.', []],
  ['The KN-23 and the Hwasong-11 are the same missile.', []],
  ['In 2024, Russia and North Korea signed a defence treaty.', []],
  ['The 47th brigade was attacked at 9:30 a.m. on October 3.', []],
  ['The Su-27s and IL76s flew over Vladivostok in the 1990s.', []],
  ['One of the officers said the first shipment arrived.', []],
  ['Article 4 of the treaty obliges both sides to help.', []],
  ['The 2024 summit produced few results.', []],
  ['The 1950-53 Korean War ended in an armistice, not a treaty.', []],
  ['Kim met Putin in Vladivostok on 25 April 2019.', []],
  ['The Koksan 170mm is one of the largest guns in service.', []],
];

/** Compares floats to 6 decimals (1/3) and everything else exactly. */
function expectedShape(e: Expected): Record<string, unknown> {
  const num = (v: number | null) => (v === null || Number.isInteger(v) ? v : expect.closeTo(v, 6));
  return { ...e, value: num(e.value), min: num(e.min), max: num(e.max) };
}

function run(language: 'de' | 'en', sentence: string): Quantity[] {
  const found = parseQuantities(sentence, language, config);
  // Offsets are UTF-16 and text is the verbatim slice; results are sorted and do not overlap.
  let last = 0;
  for (const q of found) {
    expect(q.text).toBe(sentence.slice(q.start, q.end));
    expect(q.start).toBeGreaterThanOrEqual(last);
    last = q.end;
  }
  return found;
}

describe('parseQuantities (de)', () => {
  it('has enough German cases', () => expect(DE.length).toBeGreaterThanOrEqual(60));
  it.each(DE)('%s', (sentence, expected) => {
    const found = run('de', sentence).map(({ start: _s, end: _e, ...rest }) => rest);
    expect(found).toEqual(expected.map(expectedShape));
  });
});

describe('parseQuantities (en)', () => {
  it('has enough English cases', () => expect(EN.length).toBeGreaterThanOrEqual(25));
  it.each(EN)('%s', (sentence, expected) => {
    const found = run('en', sentence).map(({ start: _s, end: _e, ...rest }) => rest);
    expect(found).toEqual(expected.map(expectedShape));
  });
});

describe('quantity shape', () => {
  it('keeps fractions at full double precision', () => {
    const [third] = parseQuantities('Etwa ein Drittel der Soldaten fiel.', 'de', config);
    const [twoThirds] = parseQuantities('Two-thirds of the troops are conscripts.', 'en', config);
    expect(third?.value).toBe(1 / 3);
    expect(twoThirds?.value).toBe(2 / 3);
  });
  it('gives ranges min/max and everything else a value', () => {
    const [range, single] = parseQuantities('Zwischen 4 und 6 Millionen Granaten, davon 300 Haubitzen.', 'de', config);
    expect(range).toMatchObject({ approx: 'range', value: null, min: 4e6, max: 6e6 });
    expect(single).toMatchObject({ approx: 'exact', value: 300, min: null, max: null });
  });
  it('reports UTF-16 offsets into the sentence', () => {
    const sentence = '„Über 5 Millionen“ Granaten – 🚀 rund 11.000 Soldaten.';
    const found = parseQuantities(sentence, 'de', config);
    expect(found.map((q) => [q.text, q.start, q.end])).toEqual([
      ['Über 5 Millionen', 1, 17],
      ['rund 11.000', sentence.indexOf('rund'), sentence.indexOf('rund') + 11],
    ]);
  });
  it('loads unit words lowercased from content/language/units.yaml', () => {
    expect(config.units.de['kilometern']).toBe('km');
    expect(config.units.en['per cent']).toBe('Prozent');
    expect(config.lemmas['Länder']).toBe('Land');
  });
});
