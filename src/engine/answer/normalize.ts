/**
 * Short answers restated for the asker: dates in their language ("Senin 2 Desember 2024" →
 * "Monday, 2 December 2024") and Indonesian number words for English readers ("1,6 juta ton" →
 * "1.6 million ton"). The verbatim span stays the answer; this is an aid.
 */
import type { Language } from '../types.ts';

const LOCALE: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };
// Building an Intl formatter costs more than an answer: one per language, made once.
const FORMATS = new Map<Language, Intl.DateTimeFormat>();

function formatter(language: Language): Intl.DateTimeFormat {
  let f = FORMATS.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    FORMATS.set(language, f);
  }
  return f;
}

/** Format an ISO date ("2024-12-02" or "2024-12-02T11:53") in the asker's language. */
export function formatIsoDate(iso: string, language: Language): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, hh, mm] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return null;
  const day = formatter(language).format(date);
  return hh && mm ? `${day} ${hh}:${mm}` : day;
}

const SCALES: [RegExp, string][] = [
  [/\bribu\b/gi, 'thousand'], [/\bjuta\b/gi, 'million'], [/\bmiliar\b|\bmilyar\b/gi, 'billion'], [/\btriliun\b/gi, 'trillion'],
  [/\bpersen\b/gi, 'percent'], [/\bsekitar\b/gi, 'about'], [/\bhampir\b/gi, 'almost'], [/\blebih dari\b/gi, 'more than'],
];

/** An Indonesian number phrase in English number conventions, or null when nothing changes. */
export function normalizeNumber(text: string, language: Language): string | null {
  if (language !== 'en') return null;
  let out = text.replace(/(\d)\.(\d{3})(?!\d)/g, '$1,$2').replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2');
  for (const [re, en] of SCALES) out = out.replace(re, en);
  return out === text ? null : out;
}
