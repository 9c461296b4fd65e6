/** The real engine over several articles (both languages), and the shape every Answer must have. */
import { expect } from 'vitest';
import { createEngine, loadArticleDir, type Answer, type Engine } from '../../../src/engine/index.ts';

/** The bundled article plus the test fixtures: Indonesian and English, long and minimal. */
export function realEngine(): Engine {
  const sources = ['data/articles', 'test/fixtures/articles', 'test/fixtures/articles-qa'].flatMap((dir) => loadArticleDir(dir).sources);
  return createEngine(sources);
}

const TYPES = new Set(['who', 'who-said', 'what-said', 'when', 'where', 'what', 'which', 'why', 'how-many', 'how', 'yes-no', 'unknown']);

/** Every promise of the Answer contract (issue 2's JSON fields), checked against the engine's articles. */
export function expectValidAnswer(answer: Answer, engine: Engine, maxQuestionChars = 500): void {
  expect(typeof answer.question).toBe('string');
  expect(answer.question.length).toBeLessThanOrEqual(maxQuestionChars);
  expect(['en', 'id']).toContain(answer.language);
  expect(TYPES.has(answer.type), `type ${answer.type}`).toBe(true);
  expect(typeof answer.found).toBe('boolean');
  expect(answer.answer === null || typeof answer.answer === 'string').toBe(true);
  expect(answer.normalized === null || typeof answer.normalized === 'string').toBe(true);
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(answer.citations)).toBe(true);
  if (answer.found) expect(answer.citations.length).toBeGreaterThan(0);
  else {
    expect(answer.citations).toEqual([]);
    expect(answer.hint).not.toBeNull();
  }
  for (const c of answer.citations) {
    const article = engine.article(c.article);
    expect(article, `cited article ${c.article}`).toBeDefined();
    if (article === undefined) continue;
    expect(c.title).toBe(article.meta.title);
    expect(Number.isInteger(c.paragraph)).toBe(true);
    expect(c.paragraph).toBeGreaterThanOrEqual(0);
    expect(c.paragraph).toBeLessThanOrEqual(article.paragraphs.length);
    expect(Number.isFinite(c.score)).toBe(true);
    expect(c.excerpt.length).toBeGreaterThan(0);
    // The excerpt is verbatim: from its body paragraph, or (paragraph 0) from the article's metadata.
    const source = c.paragraph === 0
      ? Object.values(article.meta).flat().filter((v): v is string => typeof v === 'string').join('\n')
      : article.paragraphs[c.paragraph - 1]?.text ?? '';
    expect(source.includes(c.excerpt), `excerpt "${c.excerpt.slice(0, 80)}" is not verbatim in ${c.article} ¶${c.paragraph}`).toBe(true);
  }
  // Plain data: the JSON contract serializes it without loss.
  expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
}
