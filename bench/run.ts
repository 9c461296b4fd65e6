/**
 * `npm run bench`: Kutip's `ask` against fuse.js (classic, token search) and MiniSearch over the
 * same corpus, at 1k, 10k and 100k paragraphs; start-up; the bundled article. See bench/RESULTS.md.
 *   --quick              1k paragraphs only (CI: catches crashes; timings are never asserted)
 *   --sizes 1000,10000   choose the sizes
 *   --shared DIR         where the source text lives (default ../shared beside the repo)
 *   --budget S           question time per baseline per size (default 60 s)
 *   --kutip-max-build S  skip Kutip at a size whose build, scaled linearly from the previous size,
 *                        would exceed S seconds (default 300; 0 = never skip)
 *   --questions N        questions per size (default 240)
 *   --baselines LIST     which baselines (default minisearch,fuse-token,fuse-classic)
 *   --no-baselines, --no-startup, --markdown FILE (also write the report there)
 *   --profile DIR        CPU profiles of Kutip's build and questions (read them with bench/profile-summary.ts)
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINES, type BaselineName } from './baselines.ts';
import { buildCorpus } from './corpus.ts';
import { writeCorpusFile } from './corpus-file.ts';
import type { Job, WorkerResult } from './jobs.ts';
import { emptyResult } from './jobs.ts';
import { percentile, since, summarize } from './measure.ts';
import { makeQuestions } from './questions.ts';
import { formatReport, type BenchReport, type CorpusStats, type SizeResult } from './report.ts';
import { loadSourceText } from './source-text.ts';
import { measureCorpusStartup, measureStartup, STARTUP_QUESTION } from './startup.ts';
import { fold, words } from './words.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    shared: { type: 'string' },
    budget: { type: 'string', default: '60' },
    questions: { type: 'string', default: '240' },
    'kutip-budget': { type: 'string', default: '240' },
    'kutip-max-build': { type: 'string', default: '300' },
    baselines: { type: 'string', default: BASELINES.join(',') },
    'no-baselines': { type: 'boolean', default: false },
    'no-startup': { type: 'boolean', default: false },
    markdown: { type: 'string' },
    profile: { type: 'string' },
  },
});

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sizes = (values.quick ? [1000] : (values.sizes ?? '1000,10000,100000').split(',').map(Number)).filter((n) => n > 0).sort((a, b) => a - b);
const budgetMs = Number(values.budget) * 1000;
const shared = resolve(values.shared ?? join(root, '..', 'shared'));
/** A baseline that could not ask this many questions within its budget is skipped at that size. */
const MIN_QUESTIONS = 5;
const maxBuildMs = Number(values['kutip-max-build']) * 1000;

const profileDir = values.profile ? resolve(values.profile) : null;

function runWorker(job: Job): Promise<WorkerResult> {
  const args = ['--expose-gc', '--import', import.meta.resolve('tsx'), join(root, 'bench', 'worker.ts'), JSON.stringify(job)];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => {
      if (existsSync(job.outFile)) {
        done(JSON.parse(readFileSync(job.outFile, 'utf8')) as WorkerResult);
        return;
      }
      const failed = emptyResult(job.kind === 'baseline' ? job.name : job.kind);
      failed.status = 'error';
      failed.note = `worker exited with code ${code} before reporting`;
      done(failed);
    });
  });
}

function corpusStats(corpus: ReturnType<typeof buildCorpus>, questions: ReturnType<typeof makeQuestions>, buildCorpusMs: number): CorpusStats {
  const vocabulary = new Set<string>();
  let sentences = 0;
  let count = 0;
  for (const p of corpus.paragraphs) {
    sentences += p.sentences.length;
    for (const w of words(p.text)) {
      vocabulary.add(fold(w));
      count += 1;
    }
  }
  return {
    articles: corpus.articles.length,
    paragraphs: corpus.paragraphs.length,
    sentences,
    words: count,
    vocabulary: vocabulary.size,
    questions: questions.length,
    facqa: questions.filter((q) => q.kind === 'facqa').length,
    typos: questions.filter((q) => q.typo !== null).length,
    meanSources: questions.reduce((s, q) => s + q.sources.length, 0) / Math.max(1, questions.length),
    medianSources: percentile(questions.map((q) => q.sources.length), 50),
    buildCorpusMs,
  };
}

async function main(): Promise<void> {
  const source = loadSourceText(shared);
  if (!source) {
    console.log(`bench: no source text in ${shared} (expected benchmarks/facqa/train.csv and/or articles/*.txt).\nPass --shared DIR to point at the shared folder. Nothing was measured.`);
    return;
  }
  log(`source: ${source.sentences.length} sentences in ${source.groups.length} passages, ${source.facqa.length} FacQA questions (${source.files.length} files from ${shared})`);
  const tmp = mkdtempSync(join(tmpdir(), 'kutip-bench-'));
  const results: SizeResult[] = [];
  const lastPerQuestion = new Map<BaselineName, { size: number; ms: number }>();
  let lastBuild: { size: number; ms: number } | null = null;
  try {
    for (const size of sizes) {
      const t = performance.now();
      const corpus = buildCorpus(source, { paragraphs: size });
      const questions = makeQuestions(corpus, source, { count: Number(values.questions) });
      const stats = corpusStats(corpus, questions, since(t));
      const corpusFile = join(tmp, `corpus-${size}.json`);
      writeCorpusFile(corpusFile, corpus, questions);
      log(`${size} paragraphs: ${corpus.articles.length} articles, ${stats.sentences} sentences, ${questions.length} questions (${(since(t) / 1000).toFixed(1)} s)`);

      const predictedBuild = lastBuild ? (lastBuild.ms * size) / lastBuild.size : null;
      let kutip: WorkerResult;
      if (maxBuildMs > 0 && predictedBuild !== null && predictedBuild > maxBuildMs) {
        kutip = emptyResult('kutip');
        kutip.status = 'skipped';
        kutip.note = `index build predicted at ~${(predictedBuild / 1000).toFixed(0)} s (linear from ${lastBuild?.size} paragraphs) > ${maxBuildMs / 1000} s limit; run with --kutip-max-build 0 to measure it anyway`;
        log(`${size}: Kutip ${kutip.note}`);
      } else {
        log(`${size}: Kutip`);
        kutip = await runWorker({ kind: 'kutip', corpusFile, outFile: join(tmp, `kutip-${size}.json`), budgetMs: Number(values['kutip-budget']) * 1000, profileDir });
        if (kutip.buildMs !== null) lastBuild = { size, ms: kutip.buildMs };
      }
      if (kutip.status !== 'skipped') log(`${size}: Kutip ${kutip.status}${kutip.note ? ` (${kutip.note})` : ''}; build ${(kutip.buildMs ?? 0).toFixed(0)} ms, p50 ${summarize(kutip.outcomes).p50.toFixed(2)} ms`);
      const baselines: WorkerResult[] = [];
      if (!values['no-baselines']) {
        for (const name of BASELINES.filter((b) => (values.baselines ?? '').split(',').includes(b))) {
          const prev = lastPerQuestion.get(name);
          const predictedMs = prev ? (prev.ms * size) / prev.size : null;
          log(`${size}: ${name}${predictedMs !== null ? ` (predicted ${predictedMs.toFixed(1)} ms/question)` : ''}`);
          const r = await runWorker({ kind: 'baseline', name, corpusFile, outFile: join(tmp, `${name}-${size}.json`), budgetMs, minQuestions: MIN_QUESTIONS, predictedMs });
          if (r.outcomes.length) lastPerQuestion.set(name, { size, ms: summarize(r.outcomes).mean });
          log(`${size}: ${name} ${r.status}${r.note ? ` (${r.note})` : ''}`);
          baselines.push(r);
        }
      }
      let startup: SizeResult['startup'];
      if (!values['no-startup'] && kutip.status !== 'skipped') {
        const dir = join(tmp, `articles-${size}`);
        mkdirSync(dir);
        for (const a of corpus.articles) writeFileSync(join(dir, `${a.id}.txt`), a.text);
        log(`${size}: start-up over ${corpus.articles.length} files (cold, then restart with the index cache)`);
        startup = await measureCorpusStartup(root, dir, join(tmp, `index-${size}.bin`), questions[0]?.text ?? STARTUP_QUESTION);
        log(`${size}: cold ${startup.cold.firstAnswerMs?.toFixed(0) ?? 'failed'} ms, restart ${startup.restart.firstAnswerMs?.toFixed(0) ?? 'failed'} ms`);
        rmSync(dir, { recursive: true, force: true });
        rmSync(join(tmp, `index-${size}.bin`), { force: true });
      }
      results.push({ size, stats, kutip, baselines, ...(startup ? { startup } : {}) });
      rmSync(corpusFile, { force: true });
    }

    const dataDir = join(root, 'data', 'articles');
    const publicFile = join(shared, 'questions', 'public.jsonl');
    let bundled: WorkerResult | null = null;
    if (existsSync(dataDir) && existsSync(publicFile)) {
      log('bundled article');
      bundled = await runWorker({ kind: 'bundled', dataDir, publicFile, rounds: 30, outFile: join(tmp, 'bundled.json'), profileDir });
    }
    const startup = values['no-startup'] ? [] : (log('start-up'), await measureStartup(root));
    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}, ${process.platform}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min: other work on the machine inflates times)`,
      sizes: results,
      bundled,
      startup,
      budgetS: budgetMs / 1000,
    };
    const text = formatReport(report);
    console.log(text);
    if (values.markdown) writeFileSync(values.markdown, text);
    writeFileSync(join(tmp, 'report.json'), JSON.stringify(report));
    log(`raw results: ${join(tmp, 'report.json')}`);
  } finally {
    for (const size of sizes) rmSync(join(tmp, `corpus-${size}.json`), { force: true });
  }
}

await main();
