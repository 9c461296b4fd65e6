/**
 * Reporting verbs ("mengatakan", "ujarnya", "said"). Indonesian forms are matched by root with the
 * sastrawijs stemmer; roots whose plain meN- form means something else ("menambah" = to add to,
 * "menekan" = to press) only count with their speech suffix ("menambahkan", "menekankan").
 */
import { Stemmer } from 'sastrawijs';

/** How a reporting verb is written, which decides where its speaker is. */
export type VerbForm =
  /** "kata", "ujar": speaker follows ("kata Jokowi"). */
  | 'bare'
  /** "menegaskan", "berharap": speaker precedes ("Rutte menegaskan"). */
  | 'prefixed'
  /** "imbuhnya", "tegasnya": the speaker is the last one named. */
  | 'nya'
  /** English: "said", "told". */
  | 'en';

// Roots that report speech or a stated position, in their meN-/ber- forms.
const ROOTS = new Set(
  `kata ujar ungkap tegas sebut tambah jelas tutur terang nyata tekan ingat seru desak tuduh kritik kritisi
  klaim aku akui sorot minta harap yakin nilai papar sampai umum bantah jawab tanya tulis cerita lapor imbau
  himbau catat prediksi kemuka beber`.split(/\s+/),
);
// Roots that only report speech with this suffix: "menambahkan" (said further) vs "menambah" (to add).
const NEEDS_SUFFIX = new Map<string, string>([
  ['tambah', 'kan'], ['tekan', 'kan'], ['ingat', 'kan'], ['jelas', 'kan'], ['terang', 'kan'], ['nyata', 'kan'],
  ['seru', 'kan'], ['sorot', 'i'], ['sampai', 'kan'], ['umum', 'kan'], ['kemuka', 'kan'], ['cerita', 'kan'],
]);
// Roots used after a quote with -nya: "imbuhnya", "pungkasnya".
const NYA_ROOTS = new Set(
  `kata ujar ungkap tegas sebut tambah jelas tutur terang imbuh lanjut tekan ucap papar pungkas kilah beber
  sambung tukas cetus seloroh tandas kelakar tanya jawab aku harap tulis bilang seru sindir keluh`.split(/\s+/),
);
// Bare forms that introduce a speaker after them: "kata Halid", "ujar Presiden".
const BARE = new Set(['kata', 'ujar', 'tutur', 'ucap', 'bilang', 'tukas', 'imbuh', 'sebut', 'tanya', 'jawab', 'terang', 'jelas', 'ungkap',
  'tegas', 'papar', 'pungkas', 'lanjut', 'tambah', 'tutup', 'beber', 'kilah', 'cetus', 'tandas', 'seloroh', 'sambung', 'kelakar']);
const EN = new Set(
  `said says say told tells added adds stressed warned urged noted explained argued insisted claimed announced
  wrote asked acknowledged admitted emphasised emphasized predicted estimated reported confirmed denied
  accused criticised criticized suggested concluded declared pledged vowed`.split(/\s+/),
);

const stemmer = new Stemmer();
const cache = new Map<string, VerbForm | null>();

// The consonant a meN- prefix replaces before a vowel: "meng-atakan" ← kata, "men-uturkan" ←
// tutur, "meny-ebut" ← sebut, "mem-aparkan" ← papar. Only that one is put back ("menata" is tata,
// never kata).
const NASAL = /^(meng|meny|mem|men|me|ber|be)/u;
const REPLACED: Readonly<Record<string, string>> = { meng: 'k', meny: 's', mem: 'p', men: 't' };

/** Roots a prefixed word may have: the stem, with the consonant meN- replaced put back, or a plain strip. */
function candidateRoots(word: string): string[] {
  let stem = word;
  try {
    stem = stemmer.stem(word);
  } catch {
    // The stemmer is a dependency: a failure on one odd word must not stop ingestion.
  }
  // sastrawijs sometimes keeps the nasal-replaced form ("menambahkan" → "ambah"): restore t/p/k/s.
  const out = [stem, ...['t', 'p', 'k', 's', 'n'].map((c) => c + stem)];
  const prefix = NASAL.exec(word)?.[1] ?? '';
  const plain = word.slice(prefix.length).replace(/(?:kan|i)$/u, '');
  out.push(plain);
  const replaced = REPLACED[prefix];
  if (replaced && /^[aeiou]/u.test(plain)) out.push(replaced + plain);
  return out;
}

/** The form of a word found in the lists (English, bare, -nya), or null. */
function listedForm(lower: string): VerbForm | null {
  const listed = LISTED.get(lower);
  if (listed !== undefined) return listed;
  return endsWithNya(lower) && NYA_ROOTS.has(lower.slice(0, -3)) ? 'nya' : null;
}

// English and bare forms in one lookup (English first, as they were tested).
const LISTED = new Map<string, VerbForm>([...[...BARE].map((w): [string, VerbForm] => [w, 'bare']), ...[...EN].map((w): [string, VerbForm] => [w, 'en'])]);

/** `word.endsWith('nya')`, by char codes. */
function endsWithNya(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 97 && w.charCodeAt(n - 2) === 121 && w.charCodeAt(n - 3) === 110;
}

/** Whether a lowercase word starts with "me" or "ber", by char codes. */
function meOrBer(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c === 109) return w.charCodeAt(1) === 101;
  return c === 98 && w.charCodeAt(1) === 101 && w.charCodeAt(2) === 114;
}

const PREFIXED_WORD = /^(?:me|ber)\p{L}{3,}$/u;

function classify(lower: string): VerbForm | null {
  const listed = listedForm(lower);
  if (listed !== null) return listed;
  if (!PREFIXED_WORD.test(lower)) return null;
  for (const root of candidateRoots(lower)) {
    if (!ROOTS.has(root)) continue;
    const suffix = NEEDS_SUFFIX.get(root);
    // The suffix must follow the root ("menekan-kan"), not be its last letters ("mene-kan").
    if (suffix === undefined || lower.endsWith(root.slice(1) + suffix)) return 'prefixed';
  }
  return null;
}

/** The form of a reporting verb, or null when the word is not one. */
export function reportingVerb(word: string): VerbForm | null {
  return verbForm(word.toLowerCase());
}

/** reportingVerb of a word already lowercased (a token's `lower`). */
export function verbForm(lower: string): VerbForm | null {
  // Only meN-/ber- words need the stemmer; any other word is decided by three set lookups, without
  // filling the cache (quotes.ts asks about every word of every sentence).
  if (!meOrBer(lower)) return listedForm(lower);
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const form = classify(lower);
  if (cache.size < 20_000) cache.set(lower, form);
  return form;
}

/** Adverbs that may stand between a speaker and the verb: "Rutte juga menyoroti", "Trump sebelumnya pernah …". */
export const ADVERBS = new Set(
  `juga pun sebelumnya pernah telah sudah kembali sempat lantas kemudian lalu bahkan justru sendiri langsung
  secara terus masih tetap also had has have previously later then repeatedly again earlier once further`.split(/\s+/),
);

/** Words that open the reported clause after the verb: "bahwa", "agar", "that". */
export const COMPLEMENTIZERS = new Set(['bahwa', 'agar', 'supaya', 'kalau', 'jika', 'apakah', 'that', 'whether']);

// Verbs whose object is what was done, not said: "mengkritik dukungan militer" (the thing
// criticised), "menyoroti risiko", "mendesak para anggota", "criticised the plan". They report a
// statement only with a clause after them: "mendesak agar …", "urged members to …".
const ACT_ROOTS = new Set(`kritik kritisi desak minta imbau himbau sorot seru ingat tanya catat prediksi jawab tulis cerita
  lapor umum`.split(/\s+/));
const ACT_EN = new Set(`criticised criticized urged asked questioned predicted estimated wrote pledged vowed called announced`.split(/\s+/));

const actCache = new Map<string, boolean>();

/** Whether a reporting verb only reports a statement when a clause follows it ("mengkritik", "urged"). */
export function needsClause(lower: string): boolean {
  if (ACT_EN.has(lower)) return true;
  if (!meOrBer(lower)) return false;
  let act = actCache.get(lower);
  if (act === undefined) {
    act = candidateRoots(lower).some((r) => ACT_ROOTS.has(r));
    if (actCache.size < 20_000) actCache.set(lower, act);
  }
  return act;
}


const VERB_SHAPE = /^(?:me[mnr]?|meng|meny|ber|be|di|ter)\p{L}{3,}$/u;

/** Whether a word looks like an Indonesian verb (meN-/ber-/di-/ter- prefix), for subject boundaries. */
export function looksLikeVerb(word: string): boolean {
  return VERB_SHAPE.test(word.toLowerCase()) || reportingVerb(word) !== null;
}
