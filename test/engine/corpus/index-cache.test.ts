import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeCache } from '../../../src/engine/corpus/cache-report.ts';
import { openCorpus } from '../../../src/engine/corpus/open-corpus.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { currentStamp, type BuildStamp } from '../../../src/engine/persist/build-stamp.ts';
import { DEFAULT_SETTINGS } from '../../../src/engine/config.ts';
import { decodeSnapshot, encodeSnapshot } from '../../../src/engine/persist/snapshot.ts';
import { ROOT } from '../ingest/helpers.ts';

const QA = join(ROOT, 'test', 'fixtures', 'articles-qa');
const BUNDLED = join(ROOT, 'data', 'articles');
const QUESTIONS = [
  'Who is the secretary general of NATO?', 'Kapan Rutte mengatakan itu?', 'Siapa bupati yang meninjau banjir?',
  'How much did revenue grow?', 'Berapa nilai transfer pemain itu?', 'What did Russia give North Korea?', 'Siapa presiden Prancis?',
];

let dir: string;
let cacheFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kutip-cache-'));
  for (const from of [QA, BUNDLED]) for (const f of readdirSync(from).filter((n) => n.endsWith('.txt'))) cpSync(join(from, f), join(dir, f));
  cacheFile = join(dir, '.kutip-index.bin');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (options: Parameters<typeof openCorpus>[1] = {}) => openCorpus(dir, { cacheFile, cacheMinArticles: 1, ...options });
/**
 * What a user sees of an answer (the engine's own JSON). A "not found" hint samples the articles in
 * load order, which differs once files were re-read, so only its titles are compared (as a set).
 */
const answers = (engine: ReturnType<typeof open>['engine']) => QUESTIONS.map((q) => {
  const a = engine.ask(q);
  return JSON.stringify({ ...a, hint: a.hint && [...a.hint.titles].sort() });
});

describe('GIVEN a folder of articles and an index cache file', () => {
  it('WHEN opened twice THEN the second start reads no article file and answers exactly as a fresh index does', () => {
    const first = open();
    expect(first.cache).toMatchObject({ status: 'built', read: 4 });
    expect(existsSync(cacheFile)).toBe(true);
    const second = open();
    expect(second.cache).toMatchObject({ status: 'loaded', reused: 4, read: 0 });
    expect(answers(second.engine)).toEqual(answers(first.engine));
    expect(JSON.stringify(second.engine.articles())).toBe(JSON.stringify(first.engine.articles()));
  });

  it('WHEN a file changes, one is added and one deleted THEN only those are read and the answers follow the files', () => {
    open();
    const name = 'id-banjir-bupati.txt';
    writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replaceAll('Bupati', 'Wali Kota'));
    utimesSync(join(dir, name), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'en-earnings.txt'));
    cpSync(join(ROOT, 'test', 'fixtures', 'articles', 'en-wire.txt'), join(dir, 'en-wire.txt'));
    const reopened = open();
    expect(reopened.cache).toMatchObject({ status: 'loaded', reused: 2, read: 2 });
    expect(reopened.engine.articles().map((a) => a.id).sort()).toEqual(['en-wire', 'id-banjir-bupati', 'id-transfer-bola', 'rusia-korea-utara']);
    const fresh = openCorpus(dir);
    expect(answers(reopened.engine)).toEqual(answers(fresh.engine));
    expect(open().cache).toMatchObject({ status: 'loaded', reused: 4, read: 0 });
  });

  it('WHEN the cache file is damaged or foreign THEN it is ignored with a note, rebuilt, and nothing is lost', () => {
    const fresh = open();
    const good = readFileSync(cacheFile);
    // A flipped byte in a paragraph's text would change a citation: the checksum refuses it.
    const flipped = Buffer.from(good);
    const at = flipped.indexOf('Lembah Hijau');
    flipped[at] = (flipped[at] ?? 0) ^ 0x20;
    for (const junk of [Buffer.from('not an index'), good.subarray(0, 5000), flipped, Buffer.alloc(0)]) {
      writeFileSync(cacheFile, junk);
      const reopened = open();
      expect(reopened.cache).toMatchObject({ status: 'built', reason: 'damaged', note: expect.stringMatching(/ignored .*rebuilt/) });
      expect(reopened.engine.articles()).toHaveLength(4);
      expect(answers(reopened.engine)).toEqual(answers(fresh.engine));
      expect(open().cache).toMatchObject({ status: 'loaded', read: 0 });
    }
  });

  it('WHEN the folder holds fewer articles than the minimum THEN no cache file is written', () => {
    const opened = openCorpus(dir, { cacheFile });
    expect(opened.cache.status).toBe('small');
    expect(existsSync(cacheFile)).toBe(false);
  });
});

describe('GIVEN an index cache written by one build', () => {
  const stamp = (): BuildStamp => currentStamp(DEFAULT_SETTINGS, dir);

  it.each(['code', 'deps', 'data'] as const)('WHEN only the %s part of the build differs THEN the cache is not read: every file is re-read and the cache rewritten', (part) => {
    const written = open({ stamp: stamp() });
    expect(open({ stamp: stamp() }).cache).toMatchObject({ status: 'loaded', read: 0 });
    const other = { ...stamp(), [part]: 'another build' };
    const rebuilt = open({ stamp: other });
    expect(rebuilt.cache).toMatchObject({ status: 'built', reason: part, reused: 0, read: 4 });
    expect(answers(rebuilt.engine)).toEqual(answers(written.engine));
    // Rewritten for the new build: its next start reads it, the old build's would not.
    expect(open({ stamp: other }).cache).toMatchObject({ status: 'loaded', read: 0 });
    expect(open({ stamp: stamp() }).cache).toMatchObject({ status: 'built', reason: part });
  });

  it('WHEN only the engine settings differ THEN the cache is not read', () => {
    open();
    expect(open({ settings: { minCoverage: 0.31 } }).cache).toMatchObject({ status: 'built', reason: 'settings', read: 4 });
    expect(open({ settings: { minCoverage: 0.31 } }).cache).toMatchObject({ status: 'loaded', read: 0 });
  });

  it('WHEN the file is in an older format (before build stamps) THEN it counts as another build\'s, not as damage', () => {
    open();
    const old = readFileSync(cacheFile);
    old[7] = 1;
    writeFileSync(cacheFile, old);
    const reopened = open();
    expect(reopened.cache).toMatchObject({ status: 'built', reason: 'format' });
    expect(reopened.cache.note).toBeUndefined();
    expect(reopened.engine.articles()).toHaveLength(4);
  });

  it('WHEN the index is opened THEN one line says where it came from', () => {
    expect(describeCache(open().cache, 4)).toBe(`no index cache yet: indexed 4 articles and wrote ${cacheFile}`);
    expect(describeCache(open().cache, 4)).toBe(`index read from the cache ${cacheFile} (4 articles, no file changed)`);
    for (const name of ['en-earnings.txt', 'id-transfer-bola.txt']) utimesSync(join(dir, name), new Date(), new Date(Date.now() + 5000));
    rmSync(join(dir, 'id-banjir-bupati.txt'));
    expect(describeCache(open().cache, 3)).toBe(`index read from the cache ${cacheFile}; 3 files changed: re-reading them (3 articles)`);
    expect(describeCache(open({ stamp: { ...currentStamp(DEFAULT_SETTINGS, dir), code: 'x' } }).cache, 3)).toBe('index cache was written by another build (engine code changed): rebuilding (3 articles)');
    expect(describeCache(openCorpus(dir).cache, 3)).toBe('indexed 3 articles from their files (index cache off)');
  });
});

describe('GIVEN an engine snapshot', () => {
  it('WHEN encoded and decoded THEN an engine restored from it answers as the original, and can add and remove articles', () => {
    const texts = readdirSync(QA).filter((f) => f.endsWith('.txt')).map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(QA, f), 'utf8') }));
    const original = createEngine(texts);
    original.remove('en-earnings');
    const restored = createEngine([], { snapshot: decodeSnapshot(encodeSnapshot(original.snapshot())) });
    expect(QUESTIONS.map((q) => JSON.stringify(restored.ask(q)))).toEqual(QUESTIONS.map((q) => JSON.stringify(original.ask(q))));
    const earnings = texts.find((t) => t.id === 'en-earnings');
    if (!earnings) throw new Error('fixture missing');
    restored.add(earnings);
    original.add(earnings);
    expect(restored.ask('How much did revenue grow?')).toEqual(original.ask('How much did revenue grow?'));
    expect(restored.remove('id-transfer-bola')).toBe(true);
    expect(restored.ask('Berapa nilai transfer pemain itu?').citations.every((c) => c.article !== 'id-transfer-bola')).toBe(true);
  });
});
