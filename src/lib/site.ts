/** Small helpers shared by pages: URLs under the configured base path, German labels and dates. */
import type { Stance } from '../schemas/corpus.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site-internal URL with the base path in front ("/artikel/x/" → "/base/artikel/x/"). */
export function url(path: string): string {
  return `${BASE}${path.startsWith('/') ? path : `/${path}`}`;
}

export const STANCE_LABELS: Record<Stance, { label: string; explanation: string }> = {
  asserted: { label: 'Tatsachenbehauptung', explanation: 'Die Redaktion stellt die Aussage als Tatsache dar, ohne sie einer Quelle zuzuschreiben.' },
  attributed: { label: 'Zugeschrieben', explanation: 'Die Aussage wird einer genannten oder beschriebenen Quelle zugeschrieben („laut“, „nach Angaben“, „sagte“).' },
  hedged: { label: 'Unbestätigt', explanation: 'Die Aussage wird mit Distanz wiedergegeben, die Redaktion legt sich nicht fest („soll“, „offenbar“, „mutmaßlich“).' },
  speculative: { label: 'Spekulativ', explanation: 'Eine Prognose oder Möglichkeit, kein berichtetes Ereignis („könnte“, „dürfte“, „wahrscheinlich“).' },
  opinion: { label: 'Wertung', explanation: 'Eine Bewertung oder Meinung, die sich nicht als Tatsache prüfen lässt.' },
};

const DATE = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-11-16" → "16. November 2024"; null → null. */
export function formatDate(iso: string | null): string | null {
  return iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : null;
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export const APPROX_LABELS: Record<string, string> = {
  exact: 'genau',
  about: 'etwa',
  under: 'knapp unter',
  over: 'über',
  'at-least': 'mindestens',
  'at-most': 'höchstens',
  'up-to': 'bis zu',
  range: 'Spanne',
};

/** German plural helper for counts in the UI. */
export function count(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
