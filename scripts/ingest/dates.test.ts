import { describe, expect, it } from 'vitest';
import { parseDateLine } from './dates.ts';

describe('parseDateLine', () => {
  it.each([
    ['16.11.2024, 21:15 Uhr', '2024-11-16'],
    ['16.11.2024', '2024-11-16'],
    ['Stand: 03.01.2025 09:30 Uhr', '2025-01-03'],
    ['Aktualisiert am 1. März 2025', '2025-03-01'],
    ['Sa, 16. November 2024, 21:15 Uhr', '2024-11-16'],
    ['November 16, 2024', '2024-11-16'],
    ['2024-11-16', '2024-11-16'],
    ['2024-11-16T21:15:00+01:00', '2024-11-16'],
  ])('%s → %s', (line, iso) => expect(parseDateLine(line)).toBe(iso));

  it.each(['31.02.2024', 'Am 16.11.2024 begann der Angriff.', 'Nordkorea liefert Haubitzen', '2024', '21:15 Uhr'])('rejects %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
