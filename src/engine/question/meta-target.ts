/**
 * Questions about the article itself rather than what it reports: who wrote, edited or photographed
 * it, when and by which outlet it was published, its title. Both languages, chat spellings
 * ("editr", "dipublish", "penulisnya") and typos of the longer words.
 *
 * A field word alone does not make a metadata question: "who wrote the letter?" and "siapa wartawan
 * yang ditangkap?" are about the story. The question must point at the article ("this article",
 * "berita ini", "-nya") or ask nothing else ("Who is the author?", "Kapan diterbitkan?").
 *
 * Example: "wich site published this story?" → spelling "which site published this story" →
 * outlet noun "site", article "this story" → outlet.
 */
import type { QuestionType } from '../types.ts';
import { editDistance } from '../text/edit-distance.ts';

/** Which piece of article metadata a question asks for, if any. */
export type MetaTarget = 'author' | 'editor' | 'published' | 'title' | 'outlet' | 'photo' | null;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

// The vocabulary of each field, folded. Chat spellings are listed; one-letter typos of words of six
// letters or more are matched (see `has`).
const AUTHOR_ROLES = words(`author authors writer writers penulis penulisnya reporter reporters wartawan jurnalis journalist
  journalists pewarta byline koresponden correspondent kontributor contributor`);
const WRITE_VERBS = words('wrote written write writes authored penned menulis ditulis nulis reported reporting meliput');
const EDITOR_WORDS = words(`editor editors editr edtor editer editir penyunting redaktur edited edit editing mengedit diedit
  disunting menyunting`);
const PUBLISH_VERBS = words(`published publish publishing publication posted uploaded upload released diterbitkan terbit
  diterbit menerbitkan dipublish dipublis dipublikasikan dipublikasi publikasi diunggah unggah mengunggah diupload diposting
  posting dipost dimuat memuat ditayangkan tayang dirilis rilis`);
// "When was it written / made": a date of writing is the publication date.
const MADE_VERBS = words('written wrote ditulis dibuat created made');
const OUTLET_NOUNS = words(`outlet outlets media site website situs portal newspaper newspapers koran paper publisher penerbit
  agency agensi newsroom`);
const PHOTO_NOUNS = words('photo photos foto picture pictures pic image images gambar photograph photographs');
// The taking of a photo ("who took the photo"), and the words that name its credit when next to the
// photo noun ("photo credit", "sumber foto", "foto oleh"): "diproduksi oleh PT Sinemart Pictures" is not one.
const TAKE_VERBS = words('took taken take taking shot mengambil diambil');
const CREDIT_WORDS = words('credit credits credited kredit sumber source oleh by');
const PHOTOGRAPHERS = words('photographer photographers fotografer fotografernya memotret dipotret motret photographed');
const TITLE_NOUNS = words('title headline judul tajuk');
// Nouns that name the article; "report" and "laporan" only with "this"/"ini" (a report may be news).
const ARTICLE_NOUNS = words('article artikel story piece berita tulisan news post');
const REPORT_NOUNS = words('report laporan liputan');
const DEMONSTRATIVES = words('this ini');
const PRONOUNS = words('it this ini tersebut');

// Words that ask nothing of their own: question words, auxiliaries, articles, particles, politeness.
const FILLER = words(`who whom whose what which when where how is was are were be been the a an of in on for from to by at
  this that it its s did does do has have had can could would will you me tell know please pls and or
  siapa siapakah apa apakah kapan kapankah mana manakah dimana yang ini itu tersebut dari oleh di ke pada
  nya sih ya dong kah nama name tahu tau saya aku boleh tolong bisa sebenarnya asli original first pertama
  date tanggal time jam waktu hari day pukul berapa dan atau kira dengan`);

const ALL_FIELD_WORDS = [AUTHOR_ROLES, WRITE_VERBS, EDITOR_WORDS, PUBLISH_VERBS, MADE_VERBS, OUTLET_NOUNS, PHOTO_NOUNS, TAKE_VERBS, CREDIT_WORDS, PHOTOGRAPHERS, TITLE_NOUNS, ARTICLE_NOUNS];

/** Whether a word is in a vocabulary, allowing one typo in words of six letters or more. */
function has(vocabulary: ReadonlySet<string>, word: string): boolean {
  if (vocabulary.has(word)) return true;
  if (word.length < 6) return false;
  for (const v of vocabulary) if (v.length >= 6 && v[0] === word[0] && editDistance(word, v) <= 1) return true;
  return false;
}

/** The words of a folded question, "-nya" and "-kah" cut from the longer ones ("penulisnya" → "penulis"). */
function tokens(folded: string): string[] {
  return (folded.match(/[\p{L}\d]+/gu) ?? []).map((w) => (w.length > 6 && /(?:nya|kah)$/u.test(w) ? w.slice(0, -3) : w));
}

interface Question {
  words: string[];
  type: QuestionType;
  /** The question points at the article: "this article", "berita ini", "this" / "it" as the object. */
  aboutArticle: boolean;
  /** Nothing is asked beyond the field and the article: no content word is left. */
  alone: boolean;
}

function read(folded: string, type: QuestionType): Question {
  const w = tokens(folded);
  const report = w.some((x, i) => REPORT_NOUNS.has(x) && (DEMONSTRATIVES.has(w[i - 1] ?? '') || DEMONSTRATIVES.has(w[i + 1] ?? '')));
  // "Who wrote this?", "When was it published?": a pronoun as the last word stands for the article.
  const last = w[w.length - 1] ?? '';
  const aboutArticle = report || w.some((x) => has(ARTICLE_NOUNS, x)) || (w.length > 1 && PRONOUNS.has(last));
  // "laporan itu" (that report) is something the story tells of: a content word.
  const alone = w.every((x) => FILLER.has(x) || (report && REPORT_NOUNS.has(x)) || ALL_FIELD_WORDS.some((v) => has(v, x)));
  return { words: w, type, aboutArticle, alone };
}

const any = (q: Question, vocabulary: ReadonlySet<string>): boolean => q.words.some((x) => has(vocabulary, x));
// "published" is one typo from "publisher": a word of the publishing verbs is never an outlet noun.
const outletNoun = (q: Question): boolean => q.words.some((x) => !PUBLISH_VERBS.has(x) && has(OUTLET_NOUNS, x));
const pointed = (q: Question): boolean => q.aboutArticle || q.alone;

// "dari mana", "from where", "where … from": where a photo comes from.
const asksOrigin = (q: Question): boolean => {
  const t = q.words.join(' ');
  return /\bdari\s+mana\b|\bfrom\s+where\b|\bwhere\b.*\bfrom\b/u.test(t);
};

/**
 * Whether the question asks who took or is credited for a photo: "Who took the photo of X?",
 * "siapa fotografernya?", "photo credit?", "sumber foto", "foto oleh siapa", "Foto ini dari mana?".
 */
function asksPhotoCredit(q: Question): boolean {
  const photo = q.words.map((x) => has(PHOTO_NOUNS, x));
  const creditBeside = q.words.some((x, i) => CREDIT_WORDS.has(x) && (photo[i - 1] === true || photo[i + 1] === true));
  const asking = q.type === 'who' || pointed(q);
  if (any(q, PHOTOGRAPHERS)) return asking;
  if (!photo.includes(true)) return false;
  return creditBeside || asksOrigin(q) || (asking && any(q, TAKE_VERBS));
}

/** The metadata field a folded, spelling-normalized question asks for, or null for a question about the story. */
export function metaTarget(folded: string, type: QuestionType): MetaTarget {
  const q = read(folded, type);
  if (asksPhotoCredit(q)) return 'photo';
  const publishes = any(q, PUBLISH_VERBS);
  if (pointed(q)) {
    if (outletNoun(q)) return 'outlet';
    // "Who published this article?", "Where was this story published?": an outlet, not a date.
    if (publishes && (type === 'who' || type === 'where')) return 'outlet';
    if (any(q, EDITOR_WORDS)) return 'editor';
    if (any(q, AUTHOR_ROLES)) return 'author';
    if (type === 'when' && (publishes || any(q, MADE_VERBS))) return 'published';
    if (any(q, WRITE_VERBS) && type !== 'when') return 'author';
    if (publishes) return 'published';
    if (any(q, TITLE_NOUNS)) return 'title';
  }
  return null;
}
