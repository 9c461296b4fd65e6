/** Test helpers: paths of the repo root, the fixtures and the shared articles; ingestion by file. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticle } from '../../../src/engine/ingest/ingest.ts';
import type { Article } from '../../../src/engine/types.ts';

/** The repository root (three levels above this file). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Invented test articles (see test/fixtures/README.md). */
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'articles');
/** Real articles shared beside the repository; absent in a plain clone. */
export const SHARED = join(ROOT, '..', 'shared', 'articles');
export const HAS_SHARED = existsSync(SHARED);

/** Ingest a text file; the id is the file name without extension. */
export function ingestFile(dir: string, name: string): Article {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  return ingestArticle({ id: name, text });
}

/** The paragraph with this number, failing loudly when it is missing. */
export function para(article: Article, n: number): string {
  const p = article.paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`no paragraph ${n} in ${article.id}`);
  return p.text;
}
