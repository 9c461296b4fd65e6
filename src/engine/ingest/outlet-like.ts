/**
 * Whether a short phrase names a news outlet, judged by its shape rather than by a list of outlets:
 * bylines, datelines and photo credits put the outlet's name where a person's name could be
 * ("Kompas.com - 08/06/2021", "Jane Doe (The Jakarta Post)", "Foto: Okezone.com/Setpres").
 */
import { MEDIA_WORDS, NEWS_AGENCIES } from './lexicon.ts';
import { isAcronym, isPlace } from './names.ts';
import { findDomain } from './text.ts';

// "detikFinance", "kumparanNEWS", "detikcom": a lowercase brand glued to its desk.
const DESK_BRAND = /^\p{Ll}{3,}(?:\p{Lu}[\p{L}]*|com)$/u;
const CAPITALIZED = /^(?:\p{Lu}[\p{L}\d'’&.-]*|the|of|&)$/u;
// Media words that also lead an outlet's name: "Tribun Jabar", "Harian Kompas", "Radio Elshinta".
const LEADING_MEDIA_WORDS = new Set(['tribun', 'harian', 'koran', 'radio', 'televisi']);

/**
 * Whether a phrase is an outlet's name: a web domain ("Kompas.com"), a desk brand ("detikFinance"),
 * a news agency ("Reuters", "ANTARA"), a few capitalized words with a media word ("The Jakarta Post",
 * "BBC News", "IDN Times", "Tribun Jabar"), or an acronym with a place ("CNN Indonesia").
 */
export function outletLike(phrase: string): boolean {
  const p = phrase.trim();
  if (p.length < 2 || p.length > 60) return false;
  if (findDomain(p) === p || DESK_BRAND.test(p)) return true;
  if (NEWS_AGENCIES.has(p.toLowerCase())) return true;
  const words = p.split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !words.every((w) => CAPITALIZED.test(w))) return false;
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (MEDIA_WORDS.has(last) || LEADING_MEDIA_WORDS.has(first)) return true;
  return isAcronym(words[0] ?? '') && isPlace(words.slice(1).join(' '));
}
