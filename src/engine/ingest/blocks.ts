/**
 * Split pasted article text into units (lines, with hard-wrapped lines re-joined), classify each
 * one by its shape, and separate the metadata around the article from the body paragraphs.
 */
import {
  ctaStrength,
  isByline,
  isCaption,
  isClutter,
  isCreditLine,
  isDomainLine,
  isParenCredit,
  isProse,
  isReadAlso,
  isTrailingHeading,
} from './boilerplate.ts';
import { readByline } from './bylines.ts';
import { parseDateline, parseDateLineInfo, stripTrailingCredit, type DateLineInfo } from './meta.ts';
import { nearDuplicate } from './near-duplicate.ts';
import { endsSentence, letterShareAtLeast, normalizeText, wordCount } from './text.ts';

/** What a unit is, judged on its own. */
export type UnitKind =
  | 'masthead'
  | 'credit'
  | 'byline'
  | 'date'
  | 'caption'
  | 'heading'
  | 'cta'
  | 'readalso'
  | 'prose'
  | 'clutter'
  | 'other';

/** One line (or re-joined wrapped lines) of the input. */
export interface Unit {
  text: string;
  kind: UnitKind;
  /** Parsed byline/date for kind 'date'. */
  date?: DateLineInfo;
}

/** A line that a hard wrap cut: long enough, not ending a sentence, and followed by more text. */
const cutLine = (line: string, next: string | undefined): boolean =>
  line.length >= 40 && line.length <= 120 && next !== undefined && next.length > 0 && !endsSentence(line) && !line.endsWith(':');

const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Units of the text: one per line, except for lines a hard wrap cut (mail clients, PDF copies).
 * A line that starts in lowercase always continues a cut line; when most lines of the text are
 * cut, the text is hard-wrapped and every cut line continues on the next one.
 */
export function splitUnits(raw: string): string[] {
  const lines = normalizeText(raw).split('\n');
  const filled = lines.filter((l) => l.length > 0).length;
  const cut = lines.filter((l, i) => cutLine(l, lines[i + 1])).length;
  const wrapped = cut >= 3 && cut >= 0.3 * filled;
  const out: string[] = [];
  let previousBlank = true;
  lines.forEach((line, i) => {
    if (line.length === 0) {
      previousBlank = true;
      return;
    }
    const last = out[out.length - 1];
    const continues = last !== undefined && cutLine(lines[i - 1] ?? '', line) && (wrapped || STARTS_LOWER.test(line));
    if (!previousBlank && last !== undefined && continues) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    previousBlank = false;
  });
  return out;
}

/** Classify one unit by its shape. */
export function classify(text: string): Unit {
  if (isDomainLine(text)) return { text, kind: 'masthead' };
  if (isCreditLine(text) || isParenCredit(text)) return { text, kind: 'credit' };
  if (isByline(text) || readByline(text)) return { text, kind: 'byline' };
  if (isReadAlso(text)) return { text, kind: 'readalso' };
  if (isTrailingHeading(text)) return { text, kind: 'heading' };
  if (isCaption(text)) return { text, kind: 'caption' };
  const date = parseDateLineInfo(text);
  if (date) return { text, kind: 'date', date };
  if (ctaStrength(text) >= 2) return { text, kind: 'cta' };
  // "… karena gangguan baterai. (grd/yk)": judge the paragraph without its closing credit.
  if (isProse(stripTrailingCredit(text).text)) return { text, kind: 'prose' };
  if (isClutter(text)) return { text, kind: 'clutter' };
  return { text, kind: 'other' };
}

const HAS_LOWER = /\p{Ll}/u;

/** A unit that can be the headline: a few words of text, no final period, not a menu or widget. */
export function titleLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 3 && n <= 30 && letterShareAtLeast(text, 0.7) && HAS_LOWER.test(text) && !/[.,;:]$/u.test(text);
}

/** The units split into zones: metadata before the body, the body, and what trails it. */
export interface Zones {
  units: Unit[];
  /** Index of the first body unit (units.length when there is none). */
  first: number;
  /** Index after the last body unit. */
  end: number;
  /**
   * Indexes of prose units before the body that are a caption or teaser: they repeat a later
   * paragraph, or they stand before the byline and the paragraph that opens with the dateline.
   */
  captions: Set<number>;
}

// What marks a prose line above the dateline paragraph as a caption: a byline, credit or date
// line, or the photo credit under it ("Foto: Name/Outlet").
const CAPTION_MARKS: ReadonlySet<UnitKind> = new Set(['credit', 'byline', 'date', 'caption']);

/**
 * The paragraph that opens with the dateline when the first prose unit is a photo caption printed
 * above the byline ("Para murid … (6/1/2025)." / "Laporan wartawan …" / "KOTA, OUTLET - …") or
 * above its photo credit: only metadata stands between them, one of those marks among it. -1 when
 * there is none.
 */
function datelineAfterCaption(units: readonly Unit[], first: number): number {
  let credited = false;
  for (let i = first + 1; i < units.length && i <= first + 6; i += 1) {
    const u = units[i];
    if (!u) break;
    // The dateline tests last: most articles stop at the first test.
    if (u.kind === 'prose') return credited && parseDateline(u.text) && !parseDateline(units[first]?.text ?? '') ? i : -1;
    if (CAPTION_MARKS.has(u.kind)) credited = true;
  }
  return -1;
}

/** Find the body: from the first prose unit that is not a repeat of a later one to the last prose unit. */
export function findZones(units: Unit[]): Zones {
  const captions = new Set<number>();
  let first = units.length;
  for (let i = 0; i < units.length; i += 1) {
    const u = units[i];
    if (u?.kind !== 'prose') continue;
    // A prose line repeated by one of the next few units is a caption or teaser of the lead.
    const later = units.slice(i + 1, i + 7).some((v) => v.kind === 'prose' && nearDuplicate(u.text, v.text));
    if (later) {
      captions.add(i);
      continue;
    }
    first = i;
    break;
  }
  const opening = datelineAfterCaption(units, first);
  if (opening >= 0) {
    captions.add(first);
    first = opening;
  }
  let stop = units.length;
  for (let i = first + 1; i < units.length; i += 1) {
    if (units[i]?.kind === 'heading') {
      stop = i;
      break;
    }
  }
  let end = first;
  for (let i = first; i < stop; i += 1) if (units[i]?.kind === 'prose') end = i + 1;
  return { units, first, end: Math.max(end, first), captions };
}
