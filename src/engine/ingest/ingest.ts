/**
 * Ingestion: raw pasted article text → Article (metadata, numbered body paragraphs with sentences
 * and dates, people, quotes, places, organizations). Pure and deterministic: the same text always
 * gives the same Article, and no input makes it throw.
 */
import { detect } from '../text/tinyld.ts';
import type { Article, ArticleMeta, ArticleSource, Language, Paragraph, Person, Quote } from '../types.ts';
import { findDateSpans, findDates } from './dates.ts';
import { emptyMeta, layout } from './layout.ts';
import { findPeople } from './people.ts';
import { findOrganizations, findPlaces } from './places.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences } from './sentences.ts';

const ID_WORDS = new Set('yang dan di ke dari untuk dengan ini itu tidak akan juga pada dalam bahwa adalah oleh atau sudah telah karena ia mereka'.split(' '));
const EN_WORDS = new Set('the and of to in is that for on with as was were by at from it this be are has have said will an'.split(' '));

const NON_LETTERS = /[^\p{L}]+/u;

/**
 * Dominant language of a text. Function words decide clear cases cheaply (tinyld costs about a
 * millisecond); tinyld decides the rest. Indonesian unless English is more likely.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 800);
  if (sample.trim().length === 0) return 'id';
  let id = 0;
  let en = 0;
  for (const w of sample.toLowerCase().split(NON_LETTERS)) {
    if (ID_WORDS.has(w)) id += 1;
    else if (EN_WORDS.has(w)) en += 1;
  }
  if (id >= 8 && id >= 3 * en) return 'id';
  if (en >= 8 && en >= 3 * id) return 'en';
  try {
    return detect(sample, { only: ['id', 'en'] }) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** The first date in the body that names its year: the reference when the byline has no date. */
function firstFullDate(paragraphs: readonly Paragraph[], language: Language): string | null {
  for (const p of paragraphs) {
    const d = findDateSpans(p.text, null, language)[0];
    if (d) return d.iso;
  }
  return null;
}

function emptyArticle(source: ArticleSource): Article {
  return {
    id: String(source.id),
    meta: emptyMeta(),
    paragraphs: [],
    people: [],
    quotes: [],
    language: 'id',
    organizations: [],
    places: [],
  };
}

/** The date year-less mentions ("(19/9)", bare weekdays) are read against. */
export function referenceDate(meta: ArticleMeta, paragraphs: readonly Paragraph[], language: Language): string | null {
  return meta.publishedIso ?? firstFullDate(paragraphs, language);
}

/** People and their quotes; a person quoted through a pronoun ("imbuhnya") is mentioned there too. */
export function analyzePeople(paragraphs: readonly Paragraph[], meta: ArticleMeta): { people: Person[]; quotes: Quote[] } {
  const people = findPeople(paragraphs, meta.datelineText ?? null);
  const quotes = findQuotes(paragraphs, people, meta.datelineText ?? null);
  for (const q of quotes) {
    const person = people.find((p) => p.name === q.speaker);
    if (person && !person.paragraphs.includes(q.paragraph)) person.paragraphs = [...person.paragraphs, q.paragraph].sort((a, b) => a - b);
  }
  return { people, quotes };
}

function build(source: ArticleSource): Article {
  const raw = typeof source.text === 'string' ? source.text : '';
  const { meta, body } = layout(raw);
  const language = detectLanguage(body.length > 0 ? body.join('\n') : (meta.title ?? ''));
  const paragraphs: Paragraph[] = body.map((text, i) => ({ number: i + 1, text, sentences: splitSentences(text), dates: [] }));
  const ref = referenceDate(meta, paragraphs, language);
  for (const p of paragraphs) p.dates = findDates(p.sentences, ref, language);
  const { people, quotes } = analyzePeople(paragraphs, meta);
  return {
    id: String(source.id),
    meta,
    paragraphs,
    people,
    quotes,
    language,
    organizations: findOrganizations(paragraphs, meta.datelineText ?? null),
    places: findPlaces(paragraphs, meta.dateline, people),
  };
}

/**
 * Ingest one article. Never throws: text that has no prose gives an article with 0 paragraphs,
 * and an unexpected failure in a later step falls back to that empty article.
 */
export function ingestArticle(source: ArticleSource): Article {
  try {
    return build(source);
  } catch {
    return emptyArticle(source);
  }
}
