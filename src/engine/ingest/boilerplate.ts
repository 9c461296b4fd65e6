/**
 * Line predicates that tell page clutter from article prose. Each one looks at the shape of a line
 * (length, punctuation, labels) rather than at one outlet's strings.
 */
import { photoCredit } from './photo-credit.ts';
import { endsSentence, findDomain, isAllCaps, letterShareAtLeast, wordCount } from './text.ts';

const HAS_LOWER = /\p{Ll}/u;

/** Whether a line reads like a prose paragraph: ends like a sentence and is long enough, or is long. */
export function isProse(line: string, minWords = 4): boolean {
  if (!letterShareAtLeast(line, 0.55) || !HAS_LOWER.test(line)) return false;
  const n = wordCount(line, 25);
  // Long lines are prose even when the writer forgot the final period; menus and headlines are short.
  if (n >= 25) return true;
  return n >= minWords && endsSentence(line);
}

// "Baca Juga: …", "Read more: …": links to other articles dropped between body paragraphs.
const READ_ALSO =
  /^(?:baca(?: juga)?|simak(?: juga)?|lihat(?: juga)?|tonton(?: juga)?|saksikan(?: juga)?|artikel terkait|berita terkait|read (?:more|also)|also read|related|watch|see also)\s*[:：»>–—-]/iu;

/** Whether a line is a "read also" link to another article. */
export function isReadAlso(line: string): boolean {
  return READ_ALSO.test(line);
}

// Photo captions: "Foto: KCNA", "(Foto: Okezone.com/Setpres)", "Ilustrasi: …", "Photo: Reuters", "Image source, Getty Images".
const CAPTION = /(?:^|[\s(.])(?:foto|photo|image|gambar|ilustrasi|illustration|dok(?:umentasi)?|credit|sumber foto|picture)\s*[:/]|\((?:foto|photo|ilustrasi|dok)\b|^image (?:source|caption),/iu;

/** Whether a line looks like a photo caption or photo credit ("… (Liputan6.com/Herman Zakharia)", "REUTERS/Name"). */
export function isCaption(line: string): boolean {
  if (line.length > 400) return false;
  // Beyond the labels CAPTION knows, a credit is "Source/Name" closing the line: no slash there, no need to look.
  const slash = line.lastIndexOf('/');
  return (CAPTION.test(line) || (slash >= 0 && slash >= line.length - 70 && photoCredit(line) !== null)) && wordCount(line) <= 40;
}

// Calls to follow the outlet elsewhere: "Jangan lupa ikuti update berita lainnya…", "Google News".
// ASCII words, so the cheap ASCII \b boundary is enough (and much faster than Unicode look-arounds).
const CTA_VERBS = /\b(?:ikuti|follow|subscribe|berlangganan|langganan|bergabung|gabung|join|download|unduh|klik|click|sign up|dapatkan)\b/gi;
const CTA_PLACES = /\b(?:google news|whatsapp|telegram|instagram|twitter|tiktok|youtube|facebook|channel|saluran|newsletter|aplikasi|app)\b/gi;
// Both lists above in one scan: most lines name neither. Keep it their union.
const CTA_ANY =
  /\b(?:ikuti|follow|subscribe|berlangganan|langganan|bergabung|gabung|join|download|unduh|klik|click|sign up|dapatkan|google news|whatsapp|telegram|instagram|twitter|tiktok|youtube|facebook|channel|saluran|newsletter|aplikasi|app)\b/i;
const CTA_START = /^(?:jangan lupa|dapatkan|ikuti|follow|subscribe|simak|gabung|bergabung|klik|sign up|download|unduh)(?!\p{L})/iu;

/** How strongly a line reads as a call to follow/subscribe: 0 none, 1 weak, 2 clear (verb + platform, or opens with one). */
export function ctaStrength(line: string): number {
  if (!CTA_ANY.test(line)) return 0;
  const verbs = line.match(CTA_VERBS)?.length ?? 0;
  const places = line.match(CTA_PLACES)?.length ?? 0;
  if (verbs + places === 0) return 0;
  if (CTA_START.test(line) || (verbs > 0 && places > 0 && wordCount(line) <= 60)) return 2;
  return 1;
}

// Headings of the lists that follow an article: "Populer", "Berita Lainnya", "Tags", "Related".
const TRAILING_HEADING =
  /^(?:berita |artikel )?(?:populer|terpopuler|lainnya|terkait|terkini|terbaru|pilihan|rekomendasi|pilihan redaksi|tags?|tagar|topik|topics?|related(?: stories| articles| news)?|more (?:from|stories|news)|most (?:read|popular)|trending|komentar|comments?|editor'?s picks?|recommended)\s*:?$/iu;

/** Whether a short line is the heading of a trailing list (after which nothing is article text). */
export function isTrailingHeading(line: string): boolean {
  return line.length <= 60 && TRAILING_HEADING.test(line) && wordCount(line) <= 4;
}

const CREDIT_LABEL =
  /^\(?(?:reporter|wartawan|penulis|jurnalis|editor|redaktur|penyunting|pewarta|kontributor|koresponden|writer|writing by|reporting by|editing by|edited by|additional reporting|laporan (?:wartawan|reporter|koresponden|kontributor|jurnalis)|(?:rep|red)(?=\s*:))\b\s*(?::|by\b)?\s*\p{L}/iu;

/** Whether a line is reporter/editor credit ("Reporter: X | Editor: Y", "(Reporting by …)", "Laporan wartawan X", "Rep: X/ Red: Y"). */
export function isCreditLine(line: string): boolean {
  return (
    CREDIT_LABEL.test(line) &&
    wordCount(line) <= 30
  );
}

const BYLINE = /^(?:[Bb]y|BY|[Oo]leh|OLEH)\s*:?\s+\p{Lu}/u;

/** Whether a line is a byline ("By Jane Doe", "Oleh: Budi Santoso"). */
export function isByline(line: string): boolean {
  // No `i` flag: with it, \p{Lu} would also match lowercase letters.
  return BYLINE.test(line) && wordCount(line) <= 12;
}

const PAREN_CREDIT = /^\((?:\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}|[\p{L}]{2,5}(?:\/[\p{L}]{2,5})+|\*)\)$/u;

/** Whether a line is a standalone credit in parentheses: "(Fajar Nugraha)", "(ant/dni)". */
export function isParenCredit(line: string): boolean {
  return PAREN_CREDIT.test(line);
}

/** Whether a line is only a web domain ("kontan.co.id"): the outlet's masthead. */
export function isDomainLine(line: string): boolean {
  if (line.length > 80 || !line.includes('.')) return false;
  const d = findDomain(line);
  return d !== null && wordCount(line.replace(d, '')) === 0;
}

const HAS_UPPER = /\p{Lu}/u;

/**
 * Whether a line is navigation, a widget or a ticker: short, no sentence punctuation, or mostly
 * numbers and symbols ("HOME FINANCE HOT ISSUE", "A", "| : WIB | INDIKATOR |", "EMAS 2.016.000 1,82%").
 */
export function isClutter(line: string): boolean {
  if (line.length === 0) return true;
  if (!letterShareAtLeast(line, 0.6)) return true;
  const n = wordCount(line, 9);
  if (n <= 2) return true;
  if (isAllCaps(line) && n <= 8) return true;
  return !endsSentence(line) && n <= 8 && !HAS_UPPER.test(line);
}
