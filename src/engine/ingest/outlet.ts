/**
 * Weaker evidence of the outlet, for pages whose masthead, dateline and byline do not name it: a
 * source line closing the article ("Source: CNA/ja") and phrases of the body in which the outlet
 * speaks of itself ("dari keterangan yang diterima kumparan", "Slamet told CNA", "kata dia kepada
 * Kompas.com").
 */
import { isAcronym } from './names.ts';
import { outletLike } from './outlet-like.ts';

// "Source: CNA/ja", "Sumber: Antara": the desk initials after a slash mark it as the outlet's own.
const SOURCE_LINE = /^(?:source|sumber)\s*:\s*(\p{Lu}[\p{L}\d.&' -]{0,40}?)(\/\p{Ll}{1,5})?\.?$/iu;

/** The outlet of a source line ("Source: CNA/ja" → "CNA"), or null. */
export function sourceLineOutlet(line: string): string | null {
  const m = SOURCE_LINE.exec(line.trim());
  if (!m?.[1]) return null;
  const name = m[1].trim();
  return m[2] || outletLike(name) ? name : null;
}

// The outlet received a statement, or was told or contacted: the next words may be its name.
const SPOKEN_TO =
  /(?:(?:keterangan|pernyataan|rilis|siaran pers|jawaban|pesan|surat|informasi)(?:\s+(?:tertulis|resmi|singkat|pers|elektronik))*\s+(?:yang\s+)?diterima|(?:saat|ketika)\s+(?:dihubungi|dikonfirmasi|diwawancarai)|kepada|told|in an interview with|speaking to)\s+([^\s,;:"”)]+(?:\s+[^\s,;:"”)]+){0,3})/giu;

// The same trigger words as one literal alternation: most paragraphs have none, and this test is far
// cheaper than SPOKEN_TO. Keep it in step with SPOKEN_TO.
const TRIGGER = /diterima|dihubungi|dikonfirmasi|diwawancarai|kepada|told|interview with|speaking to/i;

// Who else a statement goes to: never an outlet, even when the page's menu names them too.
const GENERIC = new Set(['wartawan', 'media', 'awak', 'redaksi', 'pers', 'jurnalis', 'reporter', 'reporters', 'journalists',
  'kami', 'kita', 'pihak', 'publik', 'masyarakat', 'warga', 'the', 'a', 'an', 'him', 'her', 'them', 'us', 'me', 'dia', 'mereka']);

/** An outlet named by a phrase of the body: its verbatim name, the phrase, and the paragraph (1-based). */
export interface BodyOutlet {
  outlet: string;
  text: string;
  paragraph: number;
}

/** Whether `word` is written in the page around the article, as a word of its own or glued to a capital ("kumparanInformasi"). */
function inChrome(word: string, chrome: string): boolean {
  let at = chrome.indexOf(word);
  while (at >= 0) {
    const before = chrome.codePointAt(at - 1);
    const after = chrome[at + word.length] ?? '';
    if ((before === undefined || !/\p{L}/u.test(String.fromCodePoint(before))) && !/\p{Ll}/u.test(after)) return true;
    at = chrome.indexOf(word, at + 1);
  }
  return false;
}

/**
 * The outlet a body phrase names: the longest run of the words after it that is outlet-like, or one
 * word (a lowercase brand, an acronym) that the page's menus and banners (`chrome`) also print.
 */
export function outletInBody(body: readonly string[], chrome: string): BodyOutlet | null {
  for (let p = 0; p < body.length; p += 1) {
    const text = body[p] ?? '';
    if (!TRIGGER.test(text)) continue;
    for (const m of text.matchAll(SPOKEN_TO)) {
      // Words keep their inner dots ("Kompas.com"); a sentence's final period is not part of the name.
      const words = (m[1] ?? '').split(/\s+/u);
      // A name of several words is capitalized or a domain: after "kepada warga" only one word can be.
      const longest = /^[\p{Lu}\d]/u.test(words[0] ?? '') || words[0]?.includes('.') ? words.length : 1;
      for (let n = longest; n >= 1; n -= 1) {
        const name = words.slice(0, n).join(' ').replace(/\.+$/u, '');
        const corroborated = n === 1 && !GENERIC.has(name.toLowerCase()) && (isAcronym(name) || /^\p{Ll}+$/u.test(name)) && inChrome(name, chrome);
        if (outletLike(name) || corroborated) {
          return { outlet: name, text: m[0].slice(0, m[0].length - (m[1] ?? '').length) + name, paragraph: p + 1 };
        }
      }
    }
  }
  return null;
}
