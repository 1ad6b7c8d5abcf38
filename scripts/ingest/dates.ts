/**
 * Publication dates as news sites print them ("16.11.2024, 21:15 Uhr", "16. November 2024",
 * "November 16, 2024", "2024-11-16"). Hand-written: date libraries parse one fixed format at a time and
 * none knows German month names without a locale bundle; the forms are few.
 */
const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2, febr: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const TIME = String.raw`(?:[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|a\.?m\.?|p\.?m\.?|[A-Z]{2,4}))?)?`;
const PREFIX = String.raw`(?:(?:Stand|Aktualisiert|Veröffentlicht|Erschienen|Updated|Published)(?:\s+am)?:?\s+)?`;
const WEEKDAY = String.raw`(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?`;

const NUMERIC = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})${TIME}$`, 'iu');
const ISO = new RegExp(String.raw`^${PREFIX}(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$`, 'iu');
const DAY_MONTH = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(\d{1,2})\.?\s+(${MONTH_NAME})\.?\s+(\d{4})${TIME}$`, 'iu');
const MONTH_DAY = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'iu');

/** Returns an ISO date when the whole line is a date (optionally with a time), else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  let m = NUMERIC.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
  m = MONTH_DAY.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
  return null;
}

/** Validates a calendar date and formats it as YYYY-MM-DD. */
export function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
