import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, type BatchInfo } from '../../../src/engine/engine.ts';
import { ROOT } from '../ingest/helpers.ts';

const dirs = ['articles', 'articles-qa'].map((d) => join(ROOT, 'test', 'fixtures', d)).concat(join(ROOT, 'data', 'articles'));
const sources = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') })));
const QUESTIONS = ['Who is the secretary general of NATO?', 'Siapa bupati Lembah Hijau?', 'How much did revenue grow?', 'Berapa nilai transfer pemain itu?', 'Kapan harga cabai turun?', 'What did Russia give North Korea?'];

describe('GIVEN a batch of articles indexed half in a worker thread', () => {
  // minChars 0 and anyLoad force the worker even for this small batch on a busy machine (the default
  // starts it at ~1,000 articles, and only when a core is idle).
  const batches: BatchInfo[] = [];
  const parallel = createEngine(sources, { parallelBuild: { minChars: 0, anyLoad: true }, onBatch: (b) => batches.push(b) });
  const sequential = createEngine(sources, { parallelBuild: false });

  it('WHEN built THEN the worker thread indexed the second half', () => {
    expect(batches).toEqual([expect.objectContaining({ articles: sources.length, inWorker: Math.floor(sources.length / 2), workerFailed: false })]);
  });

  it('WHEN built THEN it holds the same articles, in the same order, as a build on one thread', () => {
    expect(parallel.articles().map((a) => a.id)).toEqual(sequential.articles().map((a) => a.id));
    expect(JSON.stringify(parallel.articles())).toBe(JSON.stringify(sequential.articles()));
  });

  it('WHEN asked THEN every answer is the one-thread answer (same ranking, citations and scores)', () => {
    for (const q of QUESTIONS) expect(parallel.ask(q)).toEqual(sequential.ask(q));
  });

  it('WHEN an article is replaced or removed afterwards THEN both engines still agree', () => {
    const replacement = { id: sources[0]?.id ?? 'x', text: 'Judul Baru\n\nPresiden Rafael Lima meresmikan jembatan baru di Kota Lembah Hijau pada Senin (3/3/2025).' };
    for (const e of [parallel, sequential]) {
      e.add(replacement);
      e.remove(sources[1]?.id ?? '');
    }
    for (const q of [...QUESTIONS, 'Siapa yang meresmikan jembatan?']) expect(parallel.ask(q)).toEqual(sequential.ask(q));
  });
});
