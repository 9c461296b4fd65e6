// Engine.ingest: batches prepared, analysed and indexed by the ingestion thread, handed over in
// order; the same articles and answers as ingesting on the calling thread, whatever the split.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestThread } from '../../../src/engine/build/ingest-thread.ts';
import { chunksOf } from '../../../src/engine/build/schedule.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { ROOT } from '../ingest/helpers.ts';

const dirs = ['articles', 'articles-qa'].map((d) => join(ROOT, 'test', 'fixtures', d)).concat(join(ROOT, 'data', 'articles'));
const sources = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') })));
const QUESTIONS = ['Who is the secretary general of NATO?', 'Siapa bupati Lembah Hijau?', 'How much did revenue grow?', 'Berapa nilai transfer pemain itu?', 'Kapan harga cabai turun?', 'What did Russia give North Korea?'];
const fixture = (name: string): string => join(ROOT, 'test', 'engine', 'build', 'fixtures', name);

const thread = new IngestThread();
afterAll(() => thread.close());

describe('GIVEN a batch ingested by the ingestion thread', () => {
  const here = createEngine(sources);

  it('WHEN handed over THEN it holds the same articles, in the same order, as a batch ingested on this thread', async () => {
    const there = createEngine([], { ingestThread: thread });
    const outcome = await there.ingest(sources);
    expect(thread.mode).toBe('worker');
    expect(outcome.failed).toEqual([]);
    expect(outcome.articles.map((a) => a.id)).toEqual(sources.map((s) => s.id));
    expect(JSON.stringify(there.articles())).toBe(JSON.stringify(here.articles()));
    for (const q of QUESTIONS) expect(there.ask(q)).toEqual(here.ask(q));
  });

  it('WHEN cut into one chunk per article THEN the chunks arrive in order and the result is still the same', async () => {
    expect(chunksOf(sources, 1)).toHaveLength(sources.length);
    const chunked = createEngine([], { ingestThread: thread, ingestChunkChars: 1 });
    const outcome = await chunked.ingest(sources);
    expect(outcome.articles.map((a) => a.id)).toEqual(sources.map((s) => s.id));
    expect(JSON.stringify(chunked.articles())).toBe(JSON.stringify(here.articles()));
    for (const q of QUESTIONS) expect(chunked.ask(q)).toEqual(here.ask(q));
  });

  it('WHEN an article is replaced through it and another removed THEN the engine agrees with one fed on this thread', async () => {
    const there = createEngine(sources, { ingestThread: thread });
    const local = createEngine(sources);
    const replacement = { id: sources[0]?.id ?? 'x', text: 'Judul Baru\n\nPresiden Rafael Lima meresmikan jembatan baru di Kota Lembah Hijau pada Senin (3/3/2025).' };
    await there.ingest([replacement]);
    local.add(replacement);
    for (const e of [there, local]) e.remove(sources[1]?.id ?? '');
    expect(there.articles().map((a) => a.id)).toEqual(local.articles().map((a) => a.id));
    for (const q of [...QUESTIONS, 'Siapa yang meresmikan jembatan?']) expect(there.ask(q)).toEqual(local.ask(q));
  });
});

describe('GIVEN an ingestion thread that cannot run', () => {
  it('WHEN no worker file exists THEN batches are ingested on this thread, and the caller is told once why', async () => {
    const reasons: string[] = [];
    const none = new IngestThread({ entry: null, onUnavailable: (r) => reasons.push(r) });
    const engine = createEngine([], { ingestThread: none });
    const outcome = await engine.ingest(sources);
    await engine.ingest(sources.slice(0, 1));
    expect(none.mode).toBe('inline');
    expect(outcome.articles.map((a) => a.id)).toEqual(sources.map((s) => s.id));
    expect(engine.ask(QUESTIONS[0] ?? '').found).toBe(true);
    expect(reasons).toEqual(['the ingestion worker file is missing']);
  });

  it('WHEN the worker dies before its code is loaded THEN its batch is ingested here instead and the reason is told once', async () => {
    const reasons: string[] = [];
    const broken = new IngestThread({ entry: { url: new URL(`file://${fixture('throws-on-load.mjs')}`), workerData: {} }, onUnavailable: (r) => reasons.push(r) });
    const engine = createEngine([], { ingestThread: broken });
    const first = await engine.ingest(sources.slice(0, 1));
    const second = await engine.ingest(sources.slice(1, 2));
    expect([...first.articles, ...second.articles].map((a) => a.id)).toEqual(sources.slice(0, 2).map((s) => s.id));
    expect(broken.mode).toBe('inline');
    expect(reasons).toEqual([expect.stringMatching(/cannot load/)]);
  });

  it('WHEN a running worker dies on a batch THEN that batch fails with the reason, nothing of it is added, and the engine still answers', async () => {
    const dying = new IngestThread({ entry: { url: new URL(`file://${fixture('dies-on-batch.mjs')}`), workerData: {} } });
    const engine = createEngine(sources.slice(-1), { ingestThread: dying });
    const outcome = await engine.ingest(sources.slice(0, 2));
    expect(outcome.articles).toEqual([]);
    expect(outcome.failed.map((f) => f.source.id)).toEqual(sources.slice(0, 2).map((s) => s.id));
    expect(outcome.failed[0]?.reason).toMatch(/ingestion thread/);
    expect(engine.articles().map((a) => a.id)).toEqual(sources.slice(-1).map((s) => s.id));
    expect(engine.ask(QUESTIONS[0] ?? '').found).toBe(true);
  });
});
