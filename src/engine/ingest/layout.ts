/**
 * Article layout: from raw text to metadata (title, caption, byline, date, credits, outlet,
 * dateline) and the verbatim body paragraph texts, using the unit zones of blocks.ts.
 */
import type { ArticleMeta } from '../types.ts';
import { classify, findZones, splitUnits, titleLike, type Unit } from './blocks.ts';
import { parseByline, parseCredits, parseDateline, stripTrailingCredit } from './meta.ts';
import { nearDuplicate } from './near-duplicate.ts';
import { findDomain, isAllCaps, wordCount } from './text.ts';

/** Metadata and body paragraph texts of one article. */
export interface Layout {
  meta: ArticleMeta;
  body: string[];
}

function emptyMeta(): ArticleMeta {
  return { title: null, author: null, published: null, publishedIso: null, dateline: null, outlet: null, caption: null, credits: [] };
}

/** Record byline, date and credit units, wherever they are. */
function collectCredits(meta: ArticleMeta, u: Unit): void {
  if (u.kind === 'date' && u.date) {
    if (!meta.published) {
      meta.published = u.date.published;
      meta.publishedIso = u.date.publishedIso;
    }
    meta.author ??= u.date.author;
  } else if (u.kind === 'byline') {
    meta.author ??= parseByline(u.text);
  } else if (u.kind === 'credit') {
    const c = parseCredits(u.text);
    if (u.text.startsWith('(') && c.credits.length === 1) meta.credits.push(u.text);
    else meta.credits.push(...c.credits);
    meta.author ??= c.author;
  }
}

/** Title and caption from the units before the body. */
function headerMeta(meta: ArticleMeta, header: Unit[], duplicates: Unit[]): void {
  // Prefer a mixed-case line; an all-caps one is a menu unless nothing else qualifies.
  const candidates = header.filter((u) => (u.kind === 'other' || u.kind === 'prose') && titleLike(u.text));
  // Structural evidence for the headline: it is often printed twice, it is a phrase of several
  // words, and it is not a menu ("Markets | Companies | Asia") or an all-caps banner.
  const shape = (u: Unit): number => {
    const words = u.text.split(/\s+/).filter(Boolean).length;
    const separators = (u.text.match(/\s[|•›»/]\s/g) ?? []).length;
    return (words >= 5 ? 2 : 0) - (separators >= 2 ? 10 : 0) - (isAllCaps(u.text) ? 3 : 0);
  };
  const repeated = (u: Unit): boolean => header.some((o) => o !== u && nearDuplicate(o.text, u.text));
  // The first candidate with the highest score wins. Repetition (+10) is the costly part of the
  // score (it compares with every header line), so it is only checked when it could change the winner.
  let title: Unit | undefined;
  let best = 0;
  for (const u of candidates) {
    const base = shape(u);
    if (title !== undefined && base + 10 <= best) continue;
    const score = base + (repeated(u) ? 10 : 0);
    if (title === undefined || score > best) {
      title = u;
      best = score;
    }
  }
  if (title) meta.title = title.text;
  const titleAt = title ? header.indexOf(title) : -1;
  const isTitleRepeat = (u: Unit): boolean => meta.title !== null && nearDuplicate(u.text, meta.title);
  let caption = header.find((u) => u.kind === 'caption') ?? duplicates[0];
  if (!caption && titleAt >= 0) {
    // A short line right after the title (past date lines, clutter and the repeated title) is its caption.
    const next = header.slice(titleAt + 1).find((u) => u.kind !== 'date' && u.kind !== 'clutter' && u.kind !== 'credit' && !isTitleRepeat(u));
    if (next?.kind === 'other' && wordCount(next.text) >= 3) caption = next;
  }
  if (caption) meta.caption = caption.text;
}

/** The outlet: a masthead domain first, then the dateline's outlet, then any domain in the clutter. */
function outletOf(header: Unit[], datelineOutlet: string | null, rest: Unit[]): string | null {
  const masthead = header.find((u) => u.kind === 'masthead');
  if (masthead) return findDomain(masthead.text);
  if (datelineOutlet) return datelineOutlet;
  for (const u of [...header, ...rest]) {
    const d = u.kind === 'prose' ? null : findDomain(u.text);
    if (d) return d;
  }
  return null;
}

/** Lay out an article: metadata plus verbatim body paragraph texts (datelines kept, closing credits removed). */
export function layout(raw: string): Layout {
  const meta = emptyMeta();
  const zones = findZones(splitUnits(raw).map(classify));
  const { units, first, end } = zones;
  const header = units.slice(0, first);
  const trailer = units.slice(end);
  const body: string[] = [];
  // One pass in reading order, so that credits keep the order they appear in.
  units.forEach((u, i) => {
    if (i < first || i >= end || u.kind !== 'prose') {
      collectCredits(meta, u);
      return;
    }
    const { text, credit } = stripTrailingCredit(u.text);
    if (credit) meta.credits.push(credit);
    body.push(text);
  });
  headerMeta(meta, header, [...zones.duplicates].map((i) => units[i]).filter((u): u is Unit => u !== undefined));
  const dateline = body[0] === undefined ? null : parseDateline(body[0]);
  if (dateline) {
    meta.dateline = dateline.place;
    meta.datelineText = dateline.text;
  }
  meta.outlet = outletOf(header, dateline?.outlet ?? null, trailer);
  return { meta, body };
}
