/**
 * Bylines without a label: the writer's name beside the outlet or desk ("Ahmad Fauzi - detikFinance",
 * "Dio Suhenda (The Jakarta Post)"), staff credits ("Reuters Staff", "Tim Redaksi"), and a name alone
 * on its line above the date.
 */
import type { Unit } from './blocks.ts';
import { nameLike } from './meta.ts';
import { nearDuplicate } from './near-duplicate.ts';
import { outletLike } from './outlet-like.ts';
import { wordCount } from './text.ts';

/** The writer and the outlet a byline names. */
export interface Byline {
  author: string;
  outlet: string | null;
  /** A newsroom credit ("Reuters Staff", "Tim Redaksi"), weaker than a named writer. */
  staff: boolean;
}

const NAME_THEN_OUTLET = /^(.{3,60}?)\s+(?:[-–—|•]\s+|\()(.{2,60}?)\)?$/u;
// "Reuters Staff", "CNA Staff", "Tim Redaksi", "Tim detikcom", "Redaksi Kabar24".
const STAFF = /^(?:(.{2,40}?)\s+(?:staff|staff writers?|desk)|(?:tim|redaksi)\s+(.{2,40}))$/iu;
// The newsroom before "Staff": one to three capitalized words or a brand ("Reuters", "CNA", "Kabar Wire").
const NEWSROOM = /^(?:\p{Lu}[\p{L}\d.&'’-]*)(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,2}$/u;

/** The byline a line is, or null: "Name - Outlet", "Name (Outlet)", "Outlet Staff", "Tim Outlet". */
export function readByline(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 90) return null;
  const staff = STAFF.exec(text);
  if (staff) {
    const outlet = (staff[1] ?? staff[2] ?? '').trim();
    // "Tim Redaksi" credits the newsroom; "Tim Sepak Bola" is not a byline.
    if (/^redaksi$/iu.test(outlet)) return { author: text, outlet: null, staff: true };
    const newsroom = staff[1] !== undefined ? NEWSROOM.test(outlet) : outletLike(outlet);
    return newsroom ? { author: text, outlet, staff: true } : null;
  }
  const m = NAME_THEN_OUTLET.exec(text);
  if (!m?.[1] || !m[2]) return null;
  // An opening parenthesis needs its closing one: "Jane Doe (The Jakarta Post)".
  if (text.includes('(') !== text.endsWith(')')) return null;
  const name = m[1].trim();
  const outlet = m[2].trim();
  return nameLike(name) && outletLike(outlet) ? { author: name, outlet, staff: false } : null;
}

/** A byline printed as a name alone on its line, with what the next line says of the outlet. */
export interface StandaloneByline {
  author: string;
  /** The name line, verbatim. */
  text: string;
  /** The outlet of an affiliation line under the name ("BBC News, Jakarta"). */
  outlet: string | null;
  outletText: string | null;
}

// The writer's job under the name: "Senior Correspondent", "Political Reporter", "Koresponden".
const ROLE_LINE = /^(?:\p{L}+\s+){0,3}(?:correspondent|reporter|writer|editor|columnist|journalist|koresponden|wartawan|kontributor|jurnalis|penulis)$/iu;

/** Whether a line gives the writer's job ("Senior Correspondent"), not a name. */
export function isRoleLine(line: string): boolean {
  return ROLE_LINE.test(line.trim());
}

/** "BBC News, Jakarta", "The Straits Times, Singapore": an outlet and a place, under a byline. */
function affiliation(line: string): string | null {
  const [outlet, place, ...rest] = line.split(/\s*,\s*/u);
  if (rest.length > 0 || !outlet || !place || wordCount(place) > 3 || !/^\p{Lu}/u.test(place)) return null;
  return outletLike(outlet) ? outlet : null;
}

/**
 * A name alone on its line as the byline: printed twice ("Matthew Mohan" / "Matthew Mohan" /
 * "19 May 2022 08:53PM"), or once after the title and right before the date line or an
 * affiliation line (a job line may come between). The title itself (or a repeat of it) is never
 * the byline.
 */
export function standaloneByline(header: readonly Unit[], titleAt: number): StandaloneByline | null {
  const title = header[titleAt]?.text;
  for (let j = 0; j < header.length; j += 1) {
    const u = header[j];
    if (!u || u.kind === 'prose' || u.kind === 'date' || j === titleAt || wordCount(u.text) > 4 || isRoleLine(u.text) || !nameLike(u.text)) continue;
    if (title !== undefined && nearDuplicate(u.text, title)) continue;
    const repeated = header[j + 1]?.text === u.text;
    let k = repeated ? j + 2 : j + 1;
    // "Aisha Rahman" / "Senior Correspondent" / "UPDATED Dec 5, 2024": the job line stands between.
    if (header[k] && isRoleLine(header[k]?.text ?? '')) k += 1;
    const next = header[k];
    const outlet = next ? affiliation(next.text) : null;
    if (repeated || (titleAt >= 0 && j > titleAt && (next?.kind === 'date' || outlet))) {
      return { author: u.text, text: u.text, outlet, outletText: outlet ? (next?.text ?? null) : null };
    }
  }
  return null;
}
