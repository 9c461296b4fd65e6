/** Shared domain types of the answer engine. A type used by one module stays in that module. */

export type Language = 'en' | 'id';

export type QuestionType =
  | 'who'
  | 'who-said'
  | 'what-said'
  | 'when'
  | 'where'
  | 'what'
  | 'which'
  | 'why'
  | 'how-many'
  | 'how'
  | 'yes-no'
  | 'unknown';

/** A calendar date found in text, with the verbatim span it came from. */
export interface DateMention {
  /** Verbatim text, e.g. "Senin 2 Desember 2024" or "(19/9)". */
  text: string;
  /** ISO date (YYYY-MM-DD), plus "THH:mm" when a time was given. */
  iso: string;
  hasTime: boolean;
  /** Character offset of `text` inside the paragraph. */
  start: number;
}

/** A person, with the titles/roles the article gives them ("Sekretaris Jenderal NATO"). */
export interface Person {
  /** Full name as first introduced, e.g. "Mark Rutte". */
  name: string;
  /** Other ways the article refers to them: "Rutte", "Jokowi". */
  aliases: string[];
  /** Titles and appositives, verbatim: "Sekretaris Jenderal NATO". */
  titles: string[];
  /** Paragraphs (1-based) where the person is mentioned. */
  paragraphs: number[];
}

/** Something someone said: a direct quote or reported speech. */
export interface Quote {
  speaker: string;
  /** The words attributed, verbatim (without the quote marks for direct quotes). */
  text: string;
  kind: 'direct' | 'reported';
  paragraph: number;
  /** Index of the sentence inside the paragraph. */
  sentence: number;
}

export interface Sentence {
  text: string;
  /** Character offset inside the paragraph text. */
  start: number;
}

export interface Paragraph {
  /** 1-based body paragraph number. */
  number: number;
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
}

/** A photo credit: the credited photographer or source, verbatim, and the line it was printed in. */
export interface PhotoCredit {
  /** "Corine Tiah", "Okezone.com/Setpres", "AP Photo/Evan Vucci", "Dok. Humas Pemkot". */
  credit: string;
  /** The verbatim caption or credit line. */
  line: string;
}

/** The verbatim line a metadata value was read from, for citations. */
export interface MetaSource {
  text: string;
  /** 1-based body paragraph it is part of (a dateline, a phrase of the body); 0 outside the body. */
  paragraph: number;
}

/** Metadata fields answered from a verbatim line of the article. */
export type MetaField = 'author' | 'editor' | 'published' | 'outlet';

export interface ArticleMeta {
  title: string | null;
  /** The writer or reporter, as credited ("Jane Doe", "Reuters Staff"; closing initials "Yus" at worst). */
  author: string | null;
  /** The editor, from an editor credit ("Editor: X", "Editing by X", "Red: X"). */
  editor: string | null;
  /** Verbatim publication date line, e.g. "5 December 2024 11:53". */
  published: string | null;
  /** ISO of the publication date/time when parsed. */
  publishedIso: string | null;
  dateline: string | null;
  /** The publishing outlet, verbatim and short: "kontan.co.id", "REPUBLIKA.CO.ID", "Reuters". */
  outlet: string | null;
  caption: string | null;
  /** Reporter/editor credits, verbatim. */
  credits: string[];
  /** Photo credits, in reading order. */
  photos: PhotoCredit[];
  /** The line each of author, editor, published and outlet was read from. */
  sources: Partial<Record<MetaField, MetaSource>>;
  /**
   * The verbatim dateline prefix of body paragraph 1 ("KONTAN.CO.ID - JAKARTA.", "LONDON (Reuters) -"),
   * when there is one. `dateline` holds only its place ("JAKARTA"); the prefix stays in the paragraph.
   */
  datelineText?: string;
}

export interface Article {
  /** File name without extension. */
  id: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  people: Person[];
  quotes: Quote[];
  /** Dominant language of the body. */
  language: Language;
  /** Organizations named in the body ("NATO", "Bulog", "The Straits Times"), in order of first mention. */
  organizations?: string[];
  /** Place mentions in the body, in reading order (see PlaceMention). */
  places?: PlaceMention[];
}

/**
 * A place named in a body paragraph, for "where" questions. One entry per mention, so a place named
 * in three paragraphs appears three times; prefer `via: 'dateline'` or `'preposition'` as answers.
 */
export interface PlaceMention {
  /** Verbatim place name: "Brussels", "Kursk", "Pasar Jatinegara, Jakarta Timur". */
  name: string;
  /** 1-based body paragraph number. */
  paragraph: number;
  /** Character offset of `name` inside the paragraph text. */
  start: number;
  /**
   * How it was found: the paragraph's dateline ("Brussels:"), a locative phrase ("di wilayah
   * Kursk", "in London"), or only the list of known countries/cities ("Rusia").
   */
  via: 'dateline' | 'preposition' | 'known';
}

export interface Citation {
  article: string;
  title: string | null;
  /** 1-based body paragraph number; 0 when the answer comes from the article header (byline, date). */
  paragraph: number;
  /** Verbatim span of the paragraph (or the header line for paragraph 0). */
  excerpt: string;
  score: number;
}

/** A paragraph the ranking found relevant, without an excerpt. */
export interface ParagraphRef {
  article: string;
  title: string | null;
  paragraph: number;
  score: number;
}

/** What the engine returns for every question: "not found" is an answer, not an error. */
export interface Answer {
  question: string;
  language: Language;
  type: QuestionType;
  found: boolean;
  /** The short answer: a verbatim span (name, date, place, number, clause), or null. */
  answer: string | null;
  /** The short answer normalized for the asker's language (dates, numbers), when it differs. */
  normalized: string | null;
  citations: Citation[];
  /**
   * Other paragraphs that match the question, best first, not repeating the citations' paragraphs:
   * "see also" for a reader, and search results when the answer is not found. Citations plus
   * related paragraphs are at most ten.
   */
  related: ParagraphRef[];
  confidence: number;
  /** When not found: what the articles do cover, for the caller to phrase in its language. */
  hint: CoverageHint | null;
}

/** What the searched articles are about: data, not prose, so each surface can localize it. */
export interface CoverageHint {
  titles: string[];
  people: string[];
  /** Salient content words of the articles (verbatim forms). */
  topics: string[];
}

/** One previous turn, enough to resolve follow-ups. */
export interface Turn {
  question: string;
  answer: Answer;
  /** Entities the turn was about (speaker, subject), used to resolve pronouns. */
  focus: string[];
  /** The turn's content words after its own follow-up resolution ("that" refers to these). */
  terms: string[];
  /** The kind of answer the turn wanted ("count", "date" …), for follow-ups that ask again. */
  kind?: string;
  /** The noun the turn asked about ("passengers"), for follow-ups that ask again. */
  head?: string | null;
}

/** The conversation state a caller keeps between questions. */
export interface Conversation {
  turns: Turn[];
}

export interface AskOptions {
  /** Restrict to one article id. */
  article?: string;
  /** Restrict to these article ids (e.g. what one Discord server may see). */
  articles?: readonly string[];
  /** Follow-up context; the engine appends this turn to it. */
  conversation?: Conversation;
}

/** Raw article text as read from a file or an upload. */
export interface ArticleSource {
  /** Article id: the file name without extension. */
  id: string;
  text: string;
  /** Where it came from, for messages. */
  file?: string;
}

/** A quote together with the article it belongs to. */
export interface ArticleQuote extends Quote {
  article: string;
  title: string | null;
}

/** An article file that could not be loaded, with a reason a person can act on. */
export interface LoadProblem {
  file: string;
  reason: string;
}

/** A dated event of an article: the sentence that carries a date, with its paragraph. */
export interface TimelineEntry {
  article: string;
  paragraph: number;
  date: DateMention;
  /** The verbatim sentence the date occurs in. */
  sentence: string;
}
