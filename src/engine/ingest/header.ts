/** The headline and the photo caption among the units before the body. */
import { titleLike, type Unit, type UnitKind } from './blocks.ts';
import { nearDuplicate } from './near-duplicate.ts';
import { photoCredit } from './photo-credit.ts';
import { isAllCaps, wordCount } from './text.ts';

/** Title and caption of the header, and where the title is. */
export interface HeaderText {
  title: string | null;
  caption: string | null;
  /** Index of the title unit in the header, -1 without one. */
  titleAt: number;
}

// A lowercase letter glued to a capital: the links of a menu pasted without their separators
// ("Tentang KamiPedoman Media SiberKetentuan …"). A headline has at most one ("iPhone", "McDonald").
const GLUED = /\p{Ll}\p{Lu}/gu;

const BYLINE_KINDS: ReadonlySet<UnitKind> = new Set(['date', 'byline', 'credit']);

/**
 * Structural evidence for the headline: a phrase of several words (+2) right above its byline or
 * date line (+1), not a menu of separated ("Markets | Companies | Asia") or glued links (−10 each),
 * not an all-caps banner (−3).
 */
function shape(u: Unit, next: Unit | undefined): number {
  const words = u.text.split(/\s+/).filter(Boolean).length;
  const separators = (u.text.match(/\s[|•›»/]\s/g) ?? []).length;
  const glued = (u.text.match(GLUED) ?? []).length;
  const aboveByline = next !== undefined && BYLINE_KINDS.has(next.kind) ? 1 : 0;
  return (words >= 5 ? 2 : 0) + aboveByline - (separators >= 2 ? 10 : 0) - (glued >= 3 ? 10 : 0) - (isAllCaps(u.text) ? 3 : 0);
}

/** Whether a line is a photo credit and nothing else: "Foto: Grandi Yusuf/lintasFinance". */
function bareCredit(line: string): boolean {
  const credit = photoCredit(line);
  return credit !== null && wordCount(line.replace(credit, '')) <= 2;
}

/** Pick the title (often printed twice: +10) and the caption of the header units. */
export function headerText(header: readonly Unit[], captions: readonly Unit[]): HeaderText {
  if (header.length === 0 && captions.length === 0) return { title: null, caption: null, titleAt: -1 };
  // Prefer a mixed-case line; an all-caps one is a menu unless nothing else qualifies.
  const candidates = header.filter((u) => (u.kind === 'other' || u.kind === 'prose') && titleLike(u.text));
  const repeated = (u: Unit): boolean => header.some((o) => o !== u && nearDuplicate(o.text, u.text));
  // The first candidate with the highest score wins. Repetition (+10) is the costly part of the
  // score (it compares with every header line), so it is only checked when it could change the winner.
  let title: Unit | undefined;
  let best = 0;
  for (const u of candidates) {
    const base = shape(u, header[header.indexOf(u) + 1]);
    if (title !== undefined && base + 10 <= best) continue;
    const score = base + (repeated(u) ? 10 : 0);
    if (title === undefined || score > best) {
      title = u;
      best = score;
    }
  }
  const titleAt = title ? header.indexOf(title) : -1;
  const isTitleRepeat = (u: Unit): boolean => title !== undefined && nearDuplicate(u.text, title.text);
  // A line that is only the photo credit ("Foto: Name/Outlet", "Image source, Getty Images") gives way
  // to a caption with text: another caption line, or the caption sentence above the credit.
  const captionLines = header.filter((u) => u.kind === 'caption');
  let caption = captionLines.find((u) => !bareCredit(u.text)) ?? captions[0] ?? captionLines[0];
  if (!caption && titleAt >= 0) {
    // A short line right after the title (past date lines, clutter and the repeated title) is its caption.
    const next = header.slice(titleAt + 1).find((u) => u.kind !== 'date' && u.kind !== 'clutter' && u.kind !== 'credit' && !isTitleRepeat(u));
    if (next?.kind === 'other' && wordCount(next.text) >= 3) caption = next;
  }
  return { title: title?.text ?? null, caption: caption?.text ?? null, titleAt };
}
