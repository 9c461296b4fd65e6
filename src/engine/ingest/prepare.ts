/**
 * Two-phase ingestion for large corpora. `prepareArticle` does only what the index needs — layout,
 * language, paragraphs and sentences — and leaves the costly analysis (dates, people, quotes,
 * places, organizations: 90 % of ingestion time) to the first read of those fields. A question
 * reads them only for the few articles its best hits come from, so 10,000 articles load in the
 * time of their layout, and each analysis is done at most once.
 *
 * A prepared article is an `Article`: same fields, same values as `ingestArticle` gives.
 */
import type { Article, ArticleMeta, ArticleSource, DateMention, Language, Paragraph, Person, PlaceMention, Quote, Sentence } from '../types.ts';
import { analyzePeople, detectLanguage, referenceDate } from './ingest.ts';
import { findDates } from './dates.ts';
import { emptyMeta, layout } from './layout.ts';
import { findOrganizations, findPlaces } from './places.ts';
import { splitSentences } from './sentences.ts';

/** A body paragraph whose dates are found on first read. */
export class PreparedParagraph implements Paragraph {
  private found: DateMention[] | null = null;

  constructor(
    readonly number: number,
    readonly text: string,
    readonly sentences: Sentence[],
    private readonly article: PreparedArticle,
  ) {}

  get dates(): DateMention[] {
    this.found ??= findDates(this.sentences, this.article.referenceDate(), this.article.language);
    return this.found;
  }

  set dates(value: DateMention[]) {
    this.found = value;
  }

  toJSON(): Paragraph {
    return { number: this.number, text: this.text, sentences: this.sentences, dates: this.dates };
  }
}

interface PeopleAndQuotes {
  people: Person[];
  quotes: Quote[];
}

/** An article's analysis as plain data, so a worker thread can do it and hand it over. */
export interface ArticleAnalysis {
  reference: string | null;
  people: Person[];
  quotes: Quote[];
  organizations: string[];
  places: PlaceMention[];
  /** Per body paragraph, in order. */
  dates: DateMention[][];
}

/** An article whose people, quotes, places and organizations are found on first read. */
export class PreparedArticle implements Article {
  readonly paragraphs: PreparedParagraph[];
  private reference: { iso: string | null } | null = null;
  private who: PeopleAndQuotes | null = null;
  private orgs: string[] | null = null;
  private where: PlaceMention[] | null = null;

  constructor(
    readonly id: string,
    readonly meta: ArticleMeta,
    bodies: readonly { text: string; sentences: Sentence[] }[],
    readonly language: Language,
  ) {
    this.paragraphs = bodies.map((b, i) => new PreparedParagraph(i + 1, b.text, b.sentences, this));
  }

  /** The date year-less mentions are read against (publication date, else the first full date). */
  referenceDate(): string | null {
    this.reference ??= { iso: referenceDate(this.meta, this.paragraphs, this.language) };
    return this.reference.iso;
  }

  private analysis(): PeopleAndQuotes {
    this.who ??= analyzePeople(this.paragraphs, this.meta);
    return this.who;
  }

  get people(): Person[] {
    return this.analysis().people;
  }

  get quotes(): Quote[] {
    return this.analysis().quotes;
  }

  get organizations(): string[] {
    this.orgs ??= findOrganizations(this.paragraphs, this.meta.datelineText ?? null);
    return this.orgs;
  }

  get places(): PlaceMention[] {
    this.where ??= findPlaces(this.paragraphs, this.meta.dateline, this.people);
    return this.where;
  }

  /** Run the whole analysis now (small corpora and uploads: so no question pays for it). */
  analyzeNow(): this {
    for (const p of this.paragraphs) void p.dates;
    void this.organizations;
    void this.places;
    return this;
  }

  /** The whole analysis as data (run now if it has not run yet). */
  analysisData(): ArticleAnalysis {
    this.analyzeNow();
    return { reference: this.referenceDate(), people: this.people, quotes: this.quotes, organizations: this.organizations, places: this.places, dates: this.paragraphs.map((p) => p.dates) };
  }

  /** Take over an analysis made elsewhere of the same text (a worker thread): nothing is analysed again. */
  adoptAnalysis(a: ArticleAnalysis): this {
    this.reference = { iso: a.reference };
    this.who = { people: a.people, quotes: a.quotes };
    this.orgs = a.organizations;
    this.where = a.places;
    this.paragraphs.forEach((p, i) => { p.dates = a.dates[i] ?? []; });
    return this;
  }

  /** Whether the costly analysis has run (for memory accounting and tests). */
  get analyzed(): boolean {
    return this.who !== null;
  }

  toJSON(): Article {
    return { id: this.id, meta: this.meta, paragraphs: this.paragraphs.map((p) => p.toJSON()), people: this.people, quotes: this.quotes, language: this.language, organizations: this.organizations, places: this.places };
  }
}

/** Layout, language and sentences now; the rest on first read. Never throws. */
export function prepareArticle(source: ArticleSource): PreparedArticle {
  const id = String(source.id);
  try {
    const raw = typeof source.text === 'string' ? source.text : '';
    const { meta, body } = layout(raw);
    const language = detectLanguage(body.length > 0 ? body.join('\n') : (meta.title ?? ''));
    return new PreparedArticle(id, meta, body.map((text) => ({ text, sentences: splitSentences(text) })), language);
  } catch {
    return new PreparedArticle(id, emptyMeta(), [], 'id');
  }
}
