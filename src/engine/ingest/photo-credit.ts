/**
 * Photo credits in captions, as outlets print them: "(Photo: Corine Tiah)", "(Foto: Okezone.com/Setpres)",
 * "(AP Photo/Evan Vucci)", "REUTERS/Willy Kurniawan", "Foto: Dok. Humas", "(Liputan6.com/Herman Zakharia)",
 * "ANTARA FOTO/Aditya Putra/foc", "Image source, Getty Images". The credit is kept verbatim.
 */
import { NEWS_AGENCIES } from './lexicon.ts';
import { findDomain, wordCount } from './text.ts';

const LABEL = String.raw`(?:foto|photo|photos|gambar|image|picture|ilustrasi|illustration|sumber\s+foto|kredit\s+foto|photo\s+credit|credit|image\s+source)`;
// "(Photo: Corine Tiah)", "(Foto: Okezone.com/Setpres)", "(Foto oleh Budi)".
const PAREN_LABELLED = new RegExp(String.raw`\(\s*${LABEL}\s*(?::|,|\s+(?:oleh|by)\s)\s*([^()]{2,80}?)\s*\)`, 'iu');
// "(Dok. Humas Pemkot)", "(Dokumentasi BPBD)": the documentation credit is the whole.
const PAREN_DOC = /\(\s*((?:dok\.?|dokumentasi)\s+[^()]{2,60}?)\s*\)/iu;
// "(AP Photo/Evan Vucci)", "(Liputan6.com/Herman Zakharia)", "(ANTARA FOTO/Aditya Putra/foc)": a source,
// a slash without spaces, a name, and at most the desk's initials after it.
const PAREN_SLASH = /\(\s*([^()\s/][^()/]{0,40}[^()\s/]\/\p{Lu}[\p{L}\p{M} .'’-]{0,60}?(?:\/\p{Ll}{2,5})?)\s*\)\s*$/u;
// Any of the label words, as one cheap literal test before the labelled patterns (most lines have none).
const ANY_LABEL = /foto|photo|gambar|image|picture|ilustrasi|illustration|credit/i;
const DOC = /\(\s*dok/i;
// "Foto: KCNA", "PHOTO: REUTERS", "Image source, Getty Images" at the end of the line.
const TAIL_LABELLED = new RegExp(String.raw`(?:^|[\s.,;])${LABEL}\s*[:,]\s*([^:()]{2,80}?)\s*\.?$`, 'iu');
// "REUTERS/Willy Kurniawan", "KOMPAS.com/RATIH", "ANTARA FOTO/Name/abc" closing the line.
const TAIL_SLASH = /(?:^|[\s.])((?:\p{Lu}{2,}(?:\s\p{Lu}{2,})?|[\p{L}\d-]+\.(?:com|co\.id|id|net))\/\p{Lu}[\p{L}\p{M} .'’-]{1,40}?(?:\/\p{Ll}{2,5})?)\.?$/u;

/**
 * Whether the part after a credit's slash is a name, not reporters' initials ("(AFP/AP/MON)",
 * "(KIH/KMP)"): it has lowercase letters, two words, or five capitals or more ("HERUDIN").
 */
function nameAfterSlash(credit: string): boolean {
  const name = credit.split('/')[1]?.trim() ?? '';
  return /\p{Ll}/u.test(name) || /\s/u.test(name) || name.length >= 5;
}

/** Whether the part before a credit's slash is a photo source: a domain, a wire, a "… Photo"/"… FOTO" desk, or capitals. */
function sourceLike(source: string): boolean {
  const s = source.trim();
  if (findDomain(s) === s || NEWS_AGENCIES.has(s.toLowerCase())) return true;
  if (/\s(?:photo|foto)$/iu.test(s)) return true;
  return /^\p{Lu}{3,}$/u.test(s) || /^\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*){0,3}$/u.test(s);
}

/** A credit is a few words, not a sentence. */
// A period after an abbreviation ("Dok. Humas") is not a sentence end; after a longer word it is.
const shortCredit = (credit: string): boolean => wordCount(credit) <= 10 && !/\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(credit);

/** The photo credit of a caption or credit line, verbatim ("Corine Tiah", "Okezone.com/Setpres"), or null. */
export function photoCredit(line: string): string | null {
  if (line.length > 500) return null;
  // Cheap character tests first: most lines are prose with none of the credit shapes.
  const paren = line.includes('(');
  // Slash credits close the line: the last slash is near its end ("… REUTERS/Loren Park").
  const lastSlash = line.lastIndexOf('/');
  const slashed = lastSlash >= 0 && line.length - lastSlash <= 70;
  const labelled = ANY_LABEL.test(line);
  if (paren && (labelled || DOC.test(line))) {
    for (const re of [PAREN_LABELLED, PAREN_DOC]) {
      const credit = re.exec(line)?.[1]?.trim();
      if (credit && shortCredit(credit)) return credit;
    }
  }
  // A credit in parentheses closes the line: "(6/1/2025)" in mid-sentence is a date.
  const slash = paren && slashed && line.trimEnd().endsWith(')') ? PAREN_SLASH.exec(line)?.[1]?.trim() : undefined;
  if (slash && sourceLike(slash.slice(0, slash.indexOf('/'))) && nameAfterSlash(slash) && shortCredit(slash)) return slash;
  const tail = labelled && (line.includes(':') || line.includes(',')) ? TAIL_LABELLED.exec(line)?.[1]?.trim() : undefined;
  if (tail && shortCredit(tail)) return tail;
  const bare = slashed ? TAIL_SLASH.exec(line)?.[1]?.trim() : undefined;
  return bare && nameAfterSlash(bare) && shortCredit(bare) ? bare : null;
}

/** The outlet a photo credit names as its own photographer's desk ("Okezone.com/Setpres" → "Okezone.com"). */
export function photoOutlet(credit: string): string | null {
  const source = credit.split('/')[0]?.trim() ?? '';
  return findDomain(source) === source ? source : null;
}
