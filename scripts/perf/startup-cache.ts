/**
 * Issue 12: start-up to the first answer over 10k paragraphs on disk, without and with the index
 * cache, for one or two checkouts (to compare before and after a change).
 *   npx tsx scripts/perf/startup-cache.ts [--roots DIR,DIR] [--paragraphs 10000] [--runs 3]
 * Writes the benchmark corpus (bench/corpus.ts, from ../shared) as files once, then per run and per
 * root, alternating so load on the machine falls on both alike: `node scripts/launch.mjs ask --data
 * DIR` with a fresh INDEX_CACHE file ("cold": read, index, write the cache), then again ("cached").
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../../bench/corpus.ts';
import { loadSourceText } from '../../bench/source-text.ts';
import { measureCorpusStartup } from '../../bench/startup.ts';
import { percentile } from './bot-under-test.ts';

const here = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { roots: { type: 'string', default: here }, paragraphs: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const roots = values.roots.split(',').map((r) => resolve(r));
const source = loadSourceText(join(here, '..', 'shared'));
if (!source) throw new Error('needs ../shared (FacQA train and the shared articles)');
const corpus = buildCorpus(source, { paragraphs: Number(values.paragraphs) });
const tmp = mkdtempSync(join(tmpdir(), 'kutip-startup-'));
const dir = join(tmp, 'articles');
mkdirSync(dir);
for (const a of corpus.articles) writeFileSync(join(dir, `${a.id}.txt`), a.text);
const question = 'Siapa yang mengumumkan kebijakan itu?';
console.log(`${corpus.articles.length} files, ${corpus.paragraphs.length} paragraphs; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const times = new Map<string, { cold: number[]; cached: number[] }>(roots.map((r) => [r, { cold: [], cached: [] }]));
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    for (const root of roots) {
      const r = await measureCorpusStartup(root, dir, join(tmp, 'index.bin'), question);
      if (!r.cold.ok || !r.restart.ok) throw new Error(`${root}: ${r.cold.detail} / ${r.restart.detail}`);
      times.get(root)?.cold.push(r.cold.firstAnswerMs ?? NaN);
      times.get(root)?.cached.push(r.restart.firstAnswerMs ?? NaN);
      console.log(`run ${run} ${root}: cold ${Math.round(r.cold.firstAnswerMs ?? NaN)} ms, cached ${Math.round(r.restart.firstAnswerMs ?? NaN)} ms (cache ${((r.cacheBytes ?? 0) / 1e6).toFixed(1)} MB)`);
    }
  }
  for (const [root, t] of times) console.log(`${root}: median cold ${Math.round(percentile(t.cold, 50))} ms, median cached ${Math.round(percentile(t.cached, 50))} ms`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
