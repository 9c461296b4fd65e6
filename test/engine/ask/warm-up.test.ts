import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { ROOT } from '../ingest/helpers.ts';

const source = (dir: string, id: string) => ({ id, text: readFileSync(join(ROOT, dir, `${id}.txt`), 'utf8') });
const QUESTIONS = ['Siapa Sekretaris Jenderal NATO?', 'Berapa nilai transfer pemain itu?', 'Who won the 2018 World Cup?'];

describe('GIVEN an engine over two articles', () => {
  it('WHEN warmed up THEN it reports the time taken and every later answer is the same as without warming up', () => {
    const sources = [source('data/articles', 'rusia-korea-utara'), source('test/fixtures/articles-qa', 'id-transfer-bola')];
    const warmed = createEngine(sources);
    const cold = createEngine(sources);
    expect(warmed.warmUp()).toBeGreaterThan(0);
    for (const q of QUESTIONS) expect(warmed.ask(q)).toEqual(cold.ask(q));
    expect(warmed.articles().map((a) => a.id)).toEqual(cold.articles().map((a) => a.id));
  });

  it('WHEN an empty engine is warmed up THEN it does not throw', () => {
    expect(() => createEngine([]).warmUp()).not.toThrow();
  });
});
