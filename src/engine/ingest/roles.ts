/**
 * The role written next to a person's name, verbatim:
 *   before it — "Presiden Joko Widodo", "Minister of State for Sustainability and the Environment
 *   Grace Lim", "Kepala Seksi Data dan Informasi BMKG Pekanbaru, Slamet Riyadi", "Kepala Dinas
 *   Koperasi, Usaha Mikro, dan Perdagangan Kabupaten Kediri, Bambang", "Direktur festival dari PT
 *   Gema Kreasi Nusantara, Rangga Aditya", "terang Corporate Communications Strategic Batik Air, Danang";
 *   after it — "Lionel Chua, head of research at property agency Orchid Realty".
 */
import { isHonorific } from './person-evidence.ts';
import { verbForm } from './reporting.ts';
import { isOrganization, isPlace } from './names.ts';
import { appositiveTitle, isTitleToken, titleFiller, titleLength } from './titles.ts';
import { tokenizeOnce, type Token } from './tokens.ts';

/** A role and where it stands in the sentence. */
export interface Role {
  text: string;
  start: number;
  end: number;
}

// Lowercase words that may join the parts of a role written before a name: "Minister of State for
// Sustainability and the Environment", "Kepala Seksi Data dan Informasi".
const JOINERS = new Set(['of', 'for', 'and', 'the', '&', 'dan', 'serta', 'bidang', 'urusan']);
// Words after which a role may open inside its clause: "menurut Kepala …, X", "Sebagai kepala
// sekolah …, Idah", "dan Kepala Bulog, Budi".
const LEADS = new Set(['menurut', 'according', 'to', 'oleh', 'by', 'dan', 'and', 'serta', 'yakni', 'yaitu', 'bersama', 'with',
  'including', 'termasuk', 'mantan', 'former', 'sang', 'the']);
// Leads that only open a role at the start of their clause: "Sebagai kepala sekolah …, Idah", not
// "pelantikan Donald Trump sebagai presiden Amerika Serikat, Rutte".
const CLAUSE_LEADS = new Set(['sebagai', 'as', 'adalah', 'ialah', 'merupakan', 'is', 'was']);
const MAX_ROLE_TOKENS = 16;
const PAREN_GAP = /^(?: \(|\) )$/u;
// The gap before ", Name" may hold a number that ends the role: "SDN Pajeleran 1, Idah Nursidah".
const COMMA_GAP = /^(?:\)?\s\d{1,4})?\)?,\s$/u;
const HARD_BOUNDARY = /[.;:!?"“”«»–—]/u;
// A spaced hyphen ends a dateline: "SEMARANG - Kepala Desa …".
const DASH = /\s-|-\s/u;

/** Index of the first token of the name at `idx`, stepping back over honorifics ("Hj. ", "dr. ", "Ms "). */
function beforeHonorifics(text: string, tokens: readonly Token[], idx: number): number {
  let j = idx;
  for (;;) {
    const prev = tokens[j - 1];
    const cur = tokens[j];
    if (!prev || !cur || !isHonorific(prev)) return j;
    const gap = text.slice(prev.end, cur.start);
    if (gap !== ' ' && gap !== '. ') return j;
    j -= 1;
  }
}

/** Whether the gap between two tokens is one space. */
const oneSpace = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && text.charCodeAt(a.end) === 32;

/**
 * A title phrase written right before the name, separated by one space: capitalized words, title
 * words and their complements, and joiners between them ("Minister of State for … Environment").
 */
function adjacentRole(text: string, tokens: readonly Token[], j: number): Role | null {
  const collected: Token[] = [];
  for (let k = j - 1; k >= 0 && collected.length < 12; k -= 1) {
    const t = tokens[k] as Token;
    const joiner = !t.cap && JOINERS.has(t.lower);
    if (!(titleFiller(t) || t.cap || joiner)) break;
    collected.unshift(t);
    const before = tokens[k - 1];
    // An abbreviation in parentheses belongs to the role: "Sekretaris Jenderal (Sekjen) PDIP".
    if (!before || !(oneSpace(text, before, t) || PAREN_GAP.test(text.slice(before.end, t.start)))) break;
  }
  const f = collected.findIndex((_, n) => titleLength(collected, n) > 0);
  if (f < 0) return null;
  let start = f;
  while (start > 0 && titleFiller(collected[start - 1] as Token)) start -= 1;
  const first = collected[start];
  const last = collected[collected.length - 1];
  if (!first || !last || (!last.cap && JOINERS.has(last.lower))) return null;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * The role in the clause before ", Name": from the first title word of the nearest part of the
 * clause that has one, to the comma. A comma inside the role is allowed between the items of a
 * capitalized list ("Koperasi, Usaha Mikro, dan Perdagangan"). Without a title word, a capitalized
 * phrase right after a reporting verb is the role ("terang Corporate Communications …, Danang").
 */
function appositiveRole(text: string, tokens: readonly Token[], j: number): Role | null {
  // Segments of the clause, nearest first; each a list of tokens in reading order.
  const segments: Token[][] = [[]];
  let afterVerb = false;
  let count = 0;
  for (let k = j - 1; k >= 0 && count < MAX_ROLE_TOKENS; k -= 1) {
    const t = tokens[k] as Token;
    if (verbForm(t.lower) !== null) {
      afterVerb = true;
      break;
    }
    (segments[segments.length - 1] as Token[]).unshift(t);
    count += 1;
    const before = tokens[k - 1];
    if (!before) break;
    const gap = text.slice(before.end, t.start);
    if (HARD_BOUNDARY.test(gap) || DASH.test(gap)) break;
    if (gap.includes(',')) {
      // A comma continues the role only between the items of a capitalized list.
      if (!(before.cap && (t.cap || JOINERS.has(t.lower)))) break;
      segments.push([]);
    }
  }
  const last = tokens[j - 1];
  const name = tokens[j];
  if (!last || !name) return null;
  // The role ends at the comma: "(PVMBG)", "SDN Pajeleran 1" keep their closing words.
  const end = text.lastIndexOf(',', name.start);
  const nearest = segments[0] ?? [];
  const titled = segments.findIndex((seg) => seg.some((_, n) => titleLength(seg, n) > 0));
  if (titled < 0) {
    // "terang Corporate Communications Strategic Batik Air, Danang": an English job title.
    const first = nearest[0];
    if (!afterVerb || segments.length > 1 || nearest.length < 2 || !nearest.every((t) => t.cap) || !first) return null;
    return { text: text.slice(first.start, end).trimEnd(), start: first.start, end };
  }
  const seg = segments[titled] as Token[];
  const f = seg.findIndex((_, n) => titleLength(seg, n) > 0);
  // Before the title word, inside its part of the clause: nothing, a lead word, or title fillers.
  let start = f;
  while (start > 0 && titleFiller(seg[start - 1] as Token)) start -= 1;
  const lead = seg[start - 1];
  if (lead && !LEADS.has(lead.lower) && !(CLAUSE_LEADS.has(lead.lower) && start === 1)) return null;
  const first = seg[start];
  // Inside a clause ("… by Rendra and chief operating officer Melati Kusumo, Kirimkilat raised …")
  // a role noun before a name is that name's role.
  if (!first || (lead && namesSomeone(text, seg.slice(start)))) return null;
  return { text: text.slice(first.start, end).trimEnd(), start: first.start, end };
}

/**
 * Whether a role phrase ends with a role noun and a person's name: "… and chief operating officer
 * Melati Kusumo, Kirimkilat raised …" is Melati Kusumo's role, not Kirimkilat's. The name is two
 * capitalized words or more after a lowercase title word, and no place or organization
 * ("pelatih Laskar Serayu FC, Wahyu" is a role).
 */
function namesSomeone(text: string, role: readonly Token[]): boolean {
  let k = role.length;
  while (k > 0 && (role[k - 1] as Token).cap) k -= 1;
  const before = role[k - 1];
  if (role.length - k < 2 || !before || before.cap || !isTitleToken(before)) return false;
  const name = text.slice((role[k] as Token).start, (role[role.length - 1] as Token).end);
  return !isOrganization(name) && !isPlace(name);
}

/**
 * The tokens of the clause before ", Name" (the name's first token at `idx`), back to a comma, a
 * sentence mark or a reporting verb; empty when no comma stands before the name.
 */
export function clauseBefore(text: string, tokens: readonly Token[], idx: number): Token[] {
  const j = beforeHonorifics(text, tokens, idx);
  const name = tokens[j];
  const prev = tokens[j - 1];
  if (!name || !prev || !COMMA_GAP.test(text.slice(prev.end, name.start))) return [];
  const out: Token[] = [];
  for (let k = j - 1; k >= 0 && out.length < MAX_ROLE_TOKENS; k -= 1) {
    const t = tokens[k] as Token;
    if (verbForm(t.lower) !== null) break;
    out.unshift(t);
    const before = tokens[k - 1];
    if (!before || /[,.;:!?"“”«»–—]/u.test(text.slice(before.end, t.start))) break;
  }
  return out;
}

/**
 * The role before the name whose first token is `idx`: right before it ("Presiden Joko Widodo") or
 * as an appositive before it ("Kepala Desa Sukamaju, Endang Suherman"). Honorifics between the
 * role and the name are stepped over ("Sekretaris Daerah Lombok Timur, Hj. Baiq Nurhayati").
 */
export function roleBefore(text: string, tokens: readonly Token[], idx: number): Role | null {
  const j = beforeHonorifics(text, tokens, idx);
  const name = tokens[j];
  const prev = tokens[j - 1];
  if (!name || !prev) return null;
  if (oneSpace(text, prev, name)) return adjacentRole(text, tokens, j);
  return COMMA_GAP.test(text.slice(prev.end, name.start)) ? appositiveRole(text, tokens, j) : null;
}

const APPOSITIVE_AFTER = /^,\s+([^,.;:()"“”]{3,90}?)(?=\s*(?:,|[.;:](?:\s|$)|$|\(|\s(?:said|says|told|added|kata|ujar|tutur|mengatakan|menjelaskan)(?!\p{L})))/u;

/** The role in an appositive right after a name: "Mark Rutte, NATO's secretary general, …", "Lionel Chua, head of research at …". */
export function roleAfter(text: string, end: number): string | null {
  const phrase = APPOSITIVE_AFTER.exec(text.slice(end, end + 200))?.[1];
  return phrase ? appositiveTitle(phrase, tokenizeOnce(phrase)) : null;
}
