/**
 * Question words as people type them in chat: misspelt ("wht", "sayd", "whos") or abbreviated
 * Indonesian ("brp", "kpn", "yg"). Normalized before classification, so "Wht did Darmi say?" is
 * still a what-said question. Only the closed class of question and reporting words is corrected:
 * content words go through fuzzy retrieval instead.
 */

import { editDistance as distance } from '../text/edit-distance.ts';
import { isIndonesianRoot } from '../text/stem.ts';

// Indonesian chat abbreviations of function and question words.
const ABBREVIATIONS: Record<string, string> = {
  brp: 'berapa', brapa: 'berapa', kpn: 'kapan', kapn: 'kapan', dmn: 'dimana', dmana: 'dimana', sp: 'siapa', spa: 'siapa',
  sapa: 'siapa', knp: 'kenapa', napa: 'kenapa', gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana', yg: 'yang',
  dgn: 'dengan', utk: 'untuk', tdk: 'tidak', gak: 'tidak', nggak: 'tidak', krn: 'karena', sdh: 'sudah', blm: 'belum',
  jg: 'juga', pd: 'pada', ttg: 'tentang', bgt: 'banget', org: 'orang', thn: 'tahun', tgl: 'tanggal',
};

// Common English misspellings of the words that decide a question's type.
const MISSPELLINGS: Record<string, string> = {
  wht: 'what', wat: 'what', wut: 'what', whn: 'when', wen: 'when', wher: 'where', whr: 'where', wich: 'which', whic: 'which',
  hw: 'how', hwo: 'how', hou: 'how', sayd: 'said', sed: 'said', siad: 'said', sadi: 'said', syas: 'says', sais: 'says', whos: 'who',
};

// Long enough that one edit does not turn an ordinary word ("hot", "die") into a question word.
const TARGETS = ['what', 'when', 'where', 'which', 'whose',
  'siapa', 'kapan', 'dimana', 'berapa', 'mengapa', 'kenapa', 'bagaimana', 'apakah', 'siapakah', 'mengatakan', 'menurut'];

const KNOWN = new Set([...TARGETS, 'whom', 'whole', 'wheat', 'wheel', 'whale', 'white', 'while', 'whip', 'wear', 'were', 'then',
  'than', 'them', 'they', 'here', 'there', 'mengapa', 'kapal', 'siap', 'kapas']);

/** The question word a typed word stands for, or the word itself. */
export function normalizeQuestionWord(folded: string): string {
  const abbreviation = ABBREVIATIONS[folded] ?? MISSPELLINGS[folded];
  if (abbreviation) return abbreviation;
  // A real word one letter away from a question word is that word ("siaga" is not "siapa").
  if (folded.length < 3 || KNOWN.has(folded) || isIndonesianRoot(folded)) return folded;
  for (const target of TARGETS) if (target[0] === folded[0] && distance(folded, target) === 1) return target;
  return folded;
}

/** The folded question with chat spellings of question words normalized. */
export function normalizeQuestionText(folded: string): string {
  return folded.replace(/\p{L}+/gu, (w) => normalizeQuestionWord(w));
}
