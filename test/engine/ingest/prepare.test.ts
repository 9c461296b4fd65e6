import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import { prepareArticle } from '../../../src/engine/ingest/prepare.ts';
import { FIXTURES, ROOT } from './helpers.ts';

const dirs = [FIXTURES, join(ROOT, 'test', 'fixtures', 'articles-qa'), join(ROOT, 'data', 'articles')];
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));

describe('GIVEN the fixture articles and the bundled one', () => {
  it.each(files)('WHEN %s is prepared lazily THEN reading every field gives what full ingestion gives', (file) => {
    const source = { id: 'a', text: readFileSync(file, 'utf8') };
    const prepared = prepareArticle(source);
    expect(prepared.analyzed).toBe(false);
    expect(JSON.parse(JSON.stringify(prepared))).toEqual(JSON.parse(JSON.stringify(ingestArticle(source))));
    expect(prepared.analyzed).toBe(true);
  });

  it('WHEN a paragraph\'s dates are read THEN people are not analyzed (dates cost only their paragraph)', () => {
    const prepared = prepareArticle({ id: 'a', text: readFileSync(join(ROOT, 'data', 'articles', 'rusia-korea-utara.txt'), 'utf8') });
    expect(prepared.paragraphs.some((p) => p.dates.length > 0)).toBe(true);
    expect(prepared.analyzed).toBe(false);
  });
});

describe('GIVEN text that is not an article', () => {
  it.each([['empty', ''], ['not a string', 42 as unknown as string], ['headings only', 'JUDUL\n\nSUBJUDUL\n']])('WHEN it is %s THEN preparing gives no paragraphs and never throws', (_label, text) => {
    const prepared = prepareArticle({ id: 'x', text });
    expect(prepared.paragraphs).toHaveLength(0);
    expect(prepared.people).toEqual([]);
  });
});
