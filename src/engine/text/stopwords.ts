/**
 * Function words that carry no topic (stopwords-iso, id + en). Retrieval drops them from queries
 * after the question type has been read, since fuzzy "kapan" would match unrelated words.
 *
 * stopwords-iso's Indonesian list also holds ~440 affixed content verbs ("diberikan",
 * "mengatakan", "terjadi") that questions are about, so from it we keep only root forms (a word
 * Sastrawi leaves unchanged) plus a short list of affixed function words.
 */
import { createRequire } from 'node:module';
import { stemIndonesian } from './stem.ts';

// require() reads the package's JSON the same way from the sources and from the start-up bundle.
const lists = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;

// stopwords-iso lists some words that are topics in news ("depan" in "garis depan", "tahun").
const KEEP = new Set(['depan', 'tahun', 'negara', 'bulan', 'hari', 'minggu', 'pasar', 'harga', 'jalan', 'langsung', 'program',
  'perang', 'dunia', 'presiden', 'menteri', 'pemerintah', 'rakyat', 'umum', 'baru', 'besar', 'tinggi', 'turun', 'naik', 'awal',
  'akhir', 'jumlah', 'kepala', 'ketua', 'utara', 'selatan', 'timur', 'barat', 'tengah', 'tanah', 'air', 'orang', 'anak',
  'year', 'world', 'state', 'states', 'government', 'war', 'price', 'market', 'front', 'line', 'new', 'high', 'home',
  'united', 'north', 'south', 'east', 'west', 'million', 'billion', 'thousand', 'percent', 'first', 'last', 'end']);

const AFFIXED_FUNCTION_WORDS = ['sebagai', 'sebagaimana', 'tersebut', 'merupakan', 'terhadap', 'sebuah', 'seorang', 'secara',
  'setelah', 'sebelum', 'selama', 'sesudah', 'sedangkan', 'melainkan', 'meskipun', 'misalnya', 'semakin', 'setiap', 'termasuk',
  'terutama', 'berbagai', 'beberapa', 'diantara', 'antaranya', 'adanya', 'bagaimanakah', 'berapakah', 'siapakah', 'kapankah',
  'dimanakah', 'apakah', 'manakah', 'yaitu', 'yakni', 'sejumlah', 'seluruh', 'sekitar', 'hingga', 'sampai', 'bahwa'];

// stopwords-iso's English list (1,298 words) holds content words questions hinge on ("general",
// "members", "backed", "provided"); English uses the classic function-word list (as NLTK's).
const ENGLISH = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it
its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has
had having do does did doing a an the and but if or because as until while of at by for with about against between into through
during before after above below to from up down in out on off over under again further then once here there when where why how all
any both each few more most other some such no nor not only own same so than too very s t can will just don should now d ll m o re
ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won't wouldn would could shall
may might must also yet ever still even much many`.split(/\s+/);

const EXTRA = ['yang', 'ini', 'itu', 'nya', 'kah', 'pun', 'lah', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'the', 'a',
  'an', 'of'];

const STOP = new Set<string>([
  ...(lists['id'] ?? []).filter((w) => stemIndonesian(w) === w),
  ...AFFIXED_FUNCTION_WORDS,
  ...ENGLISH,
  ...EXTRA,
].filter((w) => !KEEP.has(w)));

/** True for a folded word that carries no topic in either language. */
export function isStopword(folded: string): boolean {
  return STOP.has(folded);
}
