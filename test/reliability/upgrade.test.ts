// An upgrade never serves a stale index: in a copy of Kutip, a folder of 50 articles is indexed and
// cached; then the engine's code changes ("pasar" becomes a stopword) and the bundle is rebuilt,
// as `git pull && npm ci` would: the next start does not read the old cache, says why, and rebuilds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_ENV, ROOT } from './helpers/process.ts';

const QUESTION = 'Siapa bupati Lembah Hijau?';
let tmp: string;
let clone: string;
let articles: string;
let cacheFile: string;

/** `npm run ask` in the copy: the bundle when fresh (scripts/launch.mjs), as a user runs it. */
function ask(): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/launch.mjs', 'ask', '--json', '--data', articles, QUESTION], {
    cwd: clone, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...CLEAN_ENV, INDEX_CACHE: cacheFile, FORCE_COLOR: '0' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function build(): void {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: clone, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kutip-upgrade-'));
  clone = join(tmp, 'kutip');
  mkdirSync(clone);
  for (const part of ['src', 'scripts', 'package.json']) cpSync(join(ROOT, part), join(clone, part), { recursive: true });
  for (const part of ['lexicon', 'models']) cpSync(join(ROOT, 'data', part), join(clone, 'data', part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // 50 articles (the cache is kept from 50): the fixtures, renamed and renumbered.
  articles = join(tmp, 'articles');
  mkdirSync(articles);
  const fixtures = ['articles', 'articles-qa'].flatMap((d) => readdirSync(join(ROOT, 'test', 'fixtures', d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'test', 'fixtures', d, f), 'utf8')));
  for (let i = 0; i < 50; i += 1) writeFileSync(join(articles, `a${i}.txt`), (fixtures[i % fixtures.length] ?? '').replace(/\d+/g, (n) => String(Number(n) + Math.floor(i / fixtures.length))));
  cacheFile = join(tmp, 'index.bin');
  build();
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('GIVEN a copy of Kutip, a folder of 50 articles and the index cache it wrote', () => {
  let answer = '';

  it('WHEN run twice THEN the second run reads the cache (not rewritten) and both stay quiet on stderr', () => {
    const first = ask();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    answer = first.stdout;
    const written = statSync(cacheFile).mtimeMs;
    const second = ask();
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(answer);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
  }, 60_000);

  it('WHEN the engine\'s code changes and the bundle is rebuilt THEN the next run rebuilds the index, says why, and caches it again', () => {
    const stopwords = join(clone, 'src', 'engine', 'text', 'stopwords.ts');
    const original = readFileSync(stopwords, 'utf8');
    writeFileSync(stopwords, original.includes("'pasar', ") ? original.replace("'pasar', ", '') : `${original}\nSTOP.add('pasar');\n`);
    build();
    const before = statSync(cacheFile).mtimeMs;
    const upgraded = ask();
    expect(upgraded.code).toBe(0);
    expect(upgraded.stderr).toBe('kutip: index cache was written by another build (engine code changed): rebuilding (50 articles)\n');
    expect(statSync(cacheFile).mtimeMs).toBeGreaterThan(before);
    expect(JSON.parse(upgraded.stdout)).toMatchObject({ found: true });
    // And that new cache is read from then on.
    expect(ask().stderr).toBe('');
  }, 60_000);
});
