/**
 * Question words as people type them in chat: misspelt ("wht", "sayd", "whos") or abbreviated
 * Indonesian ("brp", "kpn", "yg"). Normalized before classification, so "Wht did Darmi say?" is
 * still a what-said question. Only the closed class of question and reporting words is corrected:
 * content words go through fuzzy retrieval instead.
 */

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
  sayd: 'said', sed: 'said', siad: 'said', sadi: 'said', syas: 'says', sais: 'says', whos: 'who',
};

// Long enough that one edit does not turn an ordinary word ("hot", "die") into a question word.
const TARGETS = ['what', 'when', 'where', 'which', 'whose',
  'siapa', 'kapan', 'dimana', 'berapa', 'mengapa', 'kenapa', 'bagaimana', 'apakah', 'siapakah', 'mengatakan', 'menurut'];

/** Damerau–Levenshtein distance, capped: only 0, 1 or 2 (more) matter here. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 2;
}

const KNOWN = new Set([...TARGETS, 'whom', 'whole', 'wheat', 'wheel', 'whale', 'white', 'while', 'whip', 'wear', 'were', 'then',
  'than', 'them', 'they', 'here', 'there', 'mengapa', 'kapal', 'siap', 'kapas']);

/** The question word a typed word stands for, or the word itself. */
export function normalizeQuestionWord(folded: string): string {
  const abbreviation = ABBREVIATIONS[folded] ?? MISSPELLINGS[folded];
  if (abbreviation) return abbreviation;
  if (folded.length < 3 || KNOWN.has(folded)) return folded;
  for (const target of TARGETS) if (target[0] === folded[0] && editDistance(folded, target) === 1) return target;
  return folded;
}

/** The folded question with chat spellings of question words normalized. */
export function normalizeQuestionText(folded: string): string {
  return folded.replace(/\p{L}+/gu, (w) => normalizeQuestionWord(w));
}
