/**
 * Shared helpers of the ask() behaviour specs: the articles they run over, and the contract every
 * Answer must keep whatever the question (verbatim citations, 1-based paragraphs, nothing invented).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { createEngine, DEFAULT_SETTINGS, loadArticleDir } from '../../../src/engine/index.ts';
import type { Answer, Article, ArticleSource, AskOptions, Engine, Language, QuestionType } from '../../../src/engine/index.ts';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Invented articles written for these specs (see test/fixtures/README.md). */
export const QA_DIR = join(ROOT, 'test', 'fixtures', 'articles-qa');
/** Invented articles shared with the ingestion specs. */
export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'articles');
/** The bundled default article. */
export const BUNDLED_FILE = join(ROOT, 'data', 'articles', 'rusia-korea-utara.txt');

/** Article ids, so a typo in a spec fails loudly instead of silently scoping to nothing. */
export const FLOOD = 'id-banjir-bupati';
export const EARNINGS = 'en-earnings';
export const TRANSFER = 'id-transfer-bola';
export const WIRE = 'en-wire';
export const MARKET = 'id-pasar-ticker';
export const BUS = 'id-reporter-editor';
export const MINIMAL = 'minimal';
export const BUNDLED = 'rusia-korea-utara';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The raw text of every article the specs loaded, by id: excerpts must come from it. */
const RAW = new Map<string, string>();

/** Remember the raw text of a source (allSources does it; specs that add() articles call it too). */
export function register(source: ArticleSource): ArticleSource {
  RAW.set(source.id, squash(source.text));
  return source;
}

/** Turns a conversation keeps by default. */
export const DEFAULT_MAX_TURNS = DEFAULT_SETTINGS.maxTurns;

const QUESTION_TYPES: readonly QuestionType[] = [
  'who', 'who-said', 'what-said', 'when', 'where', 'what', 'which', 'why', 'how-many', 'how', 'yes-no', 'unknown',
];

/** Every article the specs use: the new QA fixtures, the ingestion fixtures and the bundled article. */
export function allSources(): ArticleSource[] {
  const qa = loadArticleDir(QA_DIR);
  const fixtures = loadArticleDir(FIXTURE_DIR);
  if (qa.problems.length || fixtures.problems.length) {
    throw new Error(`fixture problems: ${JSON.stringify([...qa.problems, ...fixtures.problems])}`);
  }
  const bundled: ArticleSource = { id: BUNDLED, text: readFileSync(BUNDLED_FILE, 'utf8'), file: BUNDLED_FILE };
  return [...qa.sources, ...fixtures.sources, bundled].map(register);
}

/** One source by id, failing loudly when it is missing. */
export function sourceOf(id: string): ArticleSource {
  const source = allSources().find((s) => s.id === id);
  if (!source) throw new Error(`no fixture article ${id}`);
  return source;
}

/** An engine over every spec article (building one costs the lexicon load: share it per file). */
export function engineOverAll(): Engine {
  return createEngine(allSources());
}

/** The metadata lines an article has, which paragraph-0 citations quote (the lines its fields were read from too). */
function metaLines(article: Article): string[] {
  const m = article.meta;
  const sources = Object.values(m.sources).map((s) => s.text);
  return [m.title, m.author, m.editor, m.published, m.dateline, m.outlet, m.caption, m.datelineText ?? null, ...m.credits, ...sources, ...m.photos.map((p) => p.line)]
    .filter((x): x is string => typeof x === 'string' && x.length > 0);
}

/**
 * The contract of an Answer, checked on every answer the specs produce:
 * - language 'en'|'id', a known type, confidence in 0..1;
 * - found: a non-empty short answer that is a substring of the first citation's excerpt (or, for a
 *   speaker, that person's full name as the article writes it), no hint;
 * - not found: no answer, no citations, a hint of what the scoped articles cover;
 * - every citation names a loaded article in scope, its title, a 1-based paragraph (0 = metadata)
 *   and an excerpt that is a verbatim span of that paragraph (or of a metadata line).
 */
export function expectValidAnswer(engine: Engine, answer: Answer, options: AskOptions = {}): void {
  const where = `for ${JSON.stringify(answer.question)}`;
  expect(typeof answer.question, where).toBe('string');
  expect(['en', 'id'], where).toContain(answer.language);
  expect(QUESTION_TYPES, where).toContain(answer.type);
  expect(typeof answer.found, where).toBe('boolean');
  expect(Number.isFinite(answer.confidence), where).toBe(true);
  expect(answer.confidence, where).toBeGreaterThanOrEqual(0);
  expect(answer.confidence, where).toBeLessThanOrEqual(1);
  expect(Array.isArray(answer.citations), where).toBe(true);
  expect(answer.citations.length, where).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxCitations);
  if (answer.normalized !== null) expect(answer.normalized.trim().length, where).toBeGreaterThan(0);

  if (answer.found) {
    expect(typeof answer.answer, where).toBe('string');
    const short = answer.answer ?? '';
    expect(short.trim().length, `${where}: empty short answer`).toBeGreaterThan(0);
    expect(answer.citations.length, `${where}: found without a citation`).toBeGreaterThan(0);
    expect(answer.hint, where).toBeNull();
    const first = answer.citations[0];
    if (first && !first.excerpt.includes(short)) {
      // Known relaxation (see known-gaps.test.ts): a speaker's canonical full name ("Hendra Wijayakusuma")
      // for an excerpt that has only the alias or a pronoun ("ujar Hendra", "she said"). Still nothing
      // invented: the name must be a person of that article, written verbatim in one of its paragraphs.
      const article = engine.article(first.article);
      const person = article?.people.find((p) => p.name === short);
      expect(person, `${where}: the short answer ${JSON.stringify(short)} is not inside the first citation ${JSON.stringify(first.excerpt)}`).toBeDefined();
      expect(article?.paragraphs.some((p) => p.text.includes(short)), `${where}: ${short} is not written in ${first.article}`).toBe(true);
    }
  } else {
    expect(answer.answer, where).toBeNull();
    expect(answer.citations, `${where}: not found but cites`).toEqual([]);
    expect(answer.hint, `${where}: not found without a hint`).not.toBeNull();
    for (const list of [answer.hint?.titles, answer.hint?.people, answer.hint?.topics]) {
      expect(Array.isArray(list), where).toBe(true);
      for (const item of list ?? []) expect(typeof item, where).toBe('string');
    }
  }

  const allowed = new Set(engine.articles().map((a) => a.id).filter((id) =>
    (options.articles === undefined || options.articles.includes(id)) && (options.article === undefined || options.article === id)));
  expectValidRelated(engine, answer, allowed);
  for (const c of answer.citations) {
    const article = engine.article(c.article);
    expect(article, `${where}: cites unknown article ${c.article}`).toBeDefined();
    if (!article) continue;
    expect(allowed.has(c.article), `${where}: cites ${c.article}, outside the scope`).toBe(true);
    expect(c.title, where).toBe(article.meta.title);
    expect(Number.isInteger(c.paragraph), where).toBe(true);
    expect(Number.isFinite(c.score), where).toBe(true);
    expect(c.excerpt.trim().length, `${where}: empty excerpt`).toBeGreaterThan(0);
    const raw = RAW.get(c.article);
    if (raw !== undefined) expect(raw.includes(squash(c.excerpt)), `${where}: excerpt ${JSON.stringify(c.excerpt)} is not in the file of ${c.article}`).toBe(true);
    if (c.paragraph === 0) {
      const lines = metaLines(article);
      expect(lines.some((line) => line.includes(c.excerpt)), `${where}: metadata excerpt ${JSON.stringify(c.excerpt)} is not a metadata line`).toBe(true);
    } else {
      expect(c.paragraph, where).toBeGreaterThanOrEqual(1);
      const paragraph = article.paragraphs.find((p) => p.number === c.paragraph);
      expect(paragraph, `${where}: ¶${c.paragraph} does not exist in ${c.article}`).toBeDefined();
      expect(paragraph?.text, `${where}: excerpt is not verbatim from ${c.article} ¶${c.paragraph}`).toContain(c.excerpt);
    }
  }
}

/**
 * The related paragraphs, on every answer: in scope, existing, not one of the cited paragraphs,
 * no repeats, best first, and at most ten paragraphs with the citations.
 */
function expectValidRelated(engine: Engine, answer: Answer, allowed: ReadonlySet<string>): void {
  const where = `related of ${JSON.stringify(answer.question)}`;
  expect(Array.isArray(answer.related), where).toBe(true);
  const cited = new Set(answer.citations.map((c) => `${c.article}#${c.paragraph}`));
  expect(cited.size + answer.related.length, where).toBeLessThanOrEqual(10);
  const seen = new Set<string>();
  answer.related.forEach((r, i) => {
    const key = `${r.article}#${r.paragraph}`;
    expect(cited.has(key) || seen.has(key), `${where}: ${key} repeated`).toBe(false);
    seen.add(key);
    expect(allowed.has(r.article), `${where}: ${r.article} is outside the scope`).toBe(true);
    expect(engine.article(r.article)?.paragraphs.some((p) => p.number === r.paragraph), `${where}: ${key} does not exist`).toBe(true);
    expect(r.title, where).toBe(engine.article(r.article)?.meta.title ?? null);
    if (i > 0) expect(r.score, `${where}: not best first`).toBeLessThanOrEqual(answer.related[i - 1]?.score ?? Infinity);
  });
}

/** Ask and check the contract; the specs then assert the behaviour. */
export function ask(engine: Engine, question: string, options: AskOptions = {}): Answer {
  const answer = engine.ask(question, options);
  expectValidAnswer(engine, answer, options);
  return answer;
}

/** A case of the table-driven specs: a question about one article and what a reader expects. */
export interface Case {
  q: string;
  article: string;
  lang: Language;
  /** The short answer contains this (or one of these: the article may say it either way). */
  contains: string | readonly string[];
  /** The first citation's paragraph (0 = metadata), or the paragraphs that each say it. */
  paragraph: number | readonly number[];
  /** The expected question type, when the spec is about the type. */
  type?: QuestionType;
}

/** A spec-like title: GIVEN article WHEN asked q THEN answer contains X from ¶N. */
export function title(c: Case): string {
  const want = typeof c.contains === 'string' ? `"${c.contains}"` : c.contains.map((x) => `"${x}"`).join(' or ');
  const paras = typeof c.paragraph === 'number' ? `¶${c.paragraph}` : c.paragraph.map((n) => `¶${n}`).join(' or ');
  return `GIVEN ${c.article} WHEN asked ${JSON.stringify(c.q)} (${c.lang}) THEN the answer contains ${want}, citing ${paras}`;
}

/** Assert the behaviour a case expects, in its own scope. */
export function expectCase(engine: Engine, c: Case, options: AskOptions = { article: c.article }): Answer {
  const a = ask(engine, c.q, options);
  expect(a.language, 'asker language').toBe(c.lang);
  if (c.type) expect(a.type, 'question type').toBe(c.type);
  expect(a.found, `found (answered ${JSON.stringify(a.answer)})`).toBe(true);
  const wants = typeof c.contains === 'string' ? [c.contains] : c.contains;
  const short = (a.answer ?? '').toLowerCase();
  expect(wants.some((w) => short.includes(w.toLowerCase())), `answer ${JSON.stringify(a.answer)} should contain ${JSON.stringify(wants)}`).toBe(true);
  expect(a.citations[0]?.article).toBe(c.article);
  const paras = typeof c.paragraph === 'number' ? [c.paragraph] : c.paragraph;
  expect(paras, `first citation of ${JSON.stringify(a.answer)}`).toContain(a.citations[0]?.paragraph);
  return a;
}
