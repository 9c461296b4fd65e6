/**
 * Function words that carry no topic (stopwords-iso, id + en). Retrieval drops them from queries
 * after the question type has been read, since fuzzy "kapan" would match unrelated words.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

// stopwords-iso lists some words that are topics in news ("depan" in "garis depan", "tahun",
// "negara"); those stay searchable.
const KEEP = new Set(['depan', 'tahun', 'negara', 'bulan', 'hari', 'minggu', 'pasar', 'harga', 'jalan', 'langsung', 'program',
  'perang', 'dunia', 'presiden', 'menteri', 'pemerintah', 'rakyat', 'umum', 'baru', 'besar', 'tinggi', 'turun', 'naik',
  'year', 'world', 'state', 'states', 'government', 'war', 'price', 'market', 'front', 'line', 'new', 'high', 'home',
  'united', 'north', 'south', 'east', 'west', 'utara', 'selatan', 'timur', 'barat', 'tengah', 'kepala', 'ketua', 'jumlah']);

const EXTRA = ['yang', 'ini', 'itu', 'tersebut', 'nya', 'kah', 'pun', 'lah', 'apakah', 'siapakah', 'kapankah',
  'dimanakah', 'berapakah', 'manakah', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'of'];

const STOP = new Set<string>([
  ...(stopwordsIso as Record<string, string[]>)['id'] ?? [],
  ...(stopwordsIso as Record<string, string[]>)['en'] ?? [],
  ...EXTRA,
].filter((w) => !KEEP.has(w)));

/** True for a folded word that carries no topic in either language. */
export function isStopword(folded: string): boolean {
  return STOP.has(folded);
}
