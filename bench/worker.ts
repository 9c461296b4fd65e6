/**
 * One measurement in its own process: build one system over one corpus, snapshot memory, ask the
 * questions within a time budget, write a WorkerResult as JSON. Started by bench/run.ts:
 *   node --expose-gc --import tsx bench/worker.ts '<job json>'
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { Engine } from '../src/engine/index.ts';
import { buildBaseline, BASELINE_LABELS } from './baselines.ts';
import { articleText, readCorpusFile } from './corpus-file.ts';
import { emptyResult, type Job, type WorkerResult } from './jobs.ts';
import { memory, rankOf, since, type Outcome } from './measure.ts';
import type { BenchQuestion } from './questions.ts';

/** Asked once after build, before the timed questions; the typo makes lazy typo correction build. */
const WARM_UP = 'Siapa yang mengumumkan hasil pemilhan umum?';

/** CPU-profile one phase (build, or the questions) into DIR/NAME.cpuprofile; a no-op without DIR. */
async function profiled<T>(dir: string | null, name: string, run: () => T): Promise<T> {
  if (!dir) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const value = run();
  const { profile } = await session.post('Profiler.stop');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  session.disconnect();
  return value;
}

interface Asked {
  outcomes: Outcome[];
  status: WorkerResult['status'];
  note: string | null;
}

/** Ask in order until done or the budget is spent; after 5 questions, say if the budget will cut the run. */
function askAll(questions: readonly BenchQuestion[], ask: (q: BenchQuestion) => { keys: string[]; found?: boolean }, budgetMs: number): Asked {
  const outcomes: Outcome[] = [];
  let spent = 0;
  let note: string | null = null;
  for (const q of questions) {
    const start = performance.now();
    const { keys, found } = ask(q);
    const ms = since(start);
    spent += ms;
    outcomes.push({ id: q.id, kind: q.kind, typo: q.typo !== null, ...(found === undefined ? {} : { found }), ms, ...rankOf(keys, new Set(q.sources)) });
    if (outcomes.length === 5 && (spent / 5) * questions.length > budgetMs) {
      note = `estimated ${((spent / 5) * questions.length / 1000).toFixed(0)} s for all ${questions.length} questions (from the first 5) > ${budgetMs / 1000} s budget`;
    }
    if (spent > budgetMs && outcomes.length < questions.length) {
      return { outcomes, status: 'partial', note: `${note ?? 'budget spent'}: ${outcomes.length}/${questions.length} questions asked` };
    }
  }
  return { outcomes, status: 'ok', note: null };
}

type CreateEngine = (sources: { id: string; text: string }[]) => Engine;

/** Read the corpus, build the engine, map paragraph numbers; the corpus text is garbage on return. */
function buildKutip(createEngine: CreateEngine, corpusFile: string) {
  const corpus = readCorpusFile(corpusFile);
  const start = performance.now();
  const engine = createEngine(corpus.articles.map((a) => ({ id: a.id, text: articleText(a) })));
  const buildMs = since(start);
  // The engine numbers body paragraphs itself; map its numbers to the corpus's where they differ.
  const renumber = new Map<string, number>();
  let unmatched = 0;
  for (const a of corpus.articles) {
    const mine = a.paragraphs.map((p) => p.join(' ').replace(/\s+/g, ' '));
    let from = 0;
    for (const p of engine.article(a.id)?.paragraphs ?? []) {
      const head = p.text.replace(/\s+/g, ' ').slice(0, 40);
      const at = mine.findIndex((t, i) => i >= from && t.includes(head));
      if (at < 0) {
        unmatched += 1;
        continue;
      }
      from = at;
      if (at + 1 !== p.number) renumber.set(`${a.id}#${p.number}`, at + 1);
    }
  }
  return { engine, buildMs, renumber, unmatched, questions: corpus.questions };
}

async function runKutip(job: Extract<Job, { kind: 'kutip' }>): Promise<WorkerResult> {
  const result = emptyResult('kutip');
  const { createEngine } = await import('../src/engine/index.ts');
  result.heapBeforeMB = memory().heapMB;
  const size = job.corpusFile.match(/(\d+)\.json$/)?.[1] ?? '';
  const { engine, buildMs, renumber, unmatched, questions } = await profiled(job.profileDir, `kutip-${size}-build`, () => buildKutip(createEngine, job.corpusFile));
  result.buildMs = buildMs;
  result.extra['engine paragraphs renumbered'] = renumber.size;
  result.extra['engine paragraphs unmatched'] = unmatched;
  const after = memory();
  result.heapAfterMB = after.heapMB;
  result.rssMB = after.rssMB;

  const warm = performance.now();
  engine.ask(WARM_UP);
  result.firstQueryMs = since(warm);
  // performance.now() counts from process start: module loading, reading the corpus file, build, first answer.
  result.extra['process start → first answer ms'] = performance.now();
  const keyOf = (article: string, paragraph: number): string => {
    const key = `${article}#${paragraph}`;
    const n = renumber.get(key);
    return n === undefined ? key : `${article}#${n}`;
  };
  const asked = await profiled(job.profileDir, `kutip-${size}-ask`, () => askAll(questions, (q) => {
    const answer = engine.ask(q.text);
    // The cited paragraphs first, then the related ones the answer lists after them (≤ 10 in all).
    return { keys: [...answer.citations, ...answer.related].map((c) => keyOf(c.article, c.paragraph)), found: answer.found };
  }, job.budgetMs));
  Object.assign(result, { outcomes: asked.outcomes, status: asked.status, note: asked.note });
  const steady = memory();
  result.heapSteadyMB = steady.heapMB;
  result.rssMB = Math.max(result.rssMB, steady.rssMB);
  return result;
}

/** The corpus as one list of sentences, each with its paragraph key. */
function loadSentences(corpusFile: string) {
  const corpus = readCorpusFile(corpusFile);
  const sentences: string[] = [];
  const paragraphOf: string[] = [];
  for (const a of corpus.articles) {
    a.paragraphs.forEach((p, i) => {
      for (const s of p) {
        sentences.push(s);
        paragraphOf.push(`${a.id}#${i + 1}`);
      }
    });
  }
  return { sentences, paragraphOf, questions: corpus.questions };
}

function runBaseline(job: Extract<Job, { kind: 'baseline' }>): WorkerResult {
  const result = emptyResult(job.name);
  result.heapBeforeMB = memory().heapMB;
  const { sentences, paragraphOf, questions } = loadSentences(job.corpusFile);
  const start = performance.now();
  const retriever = buildBaseline(job.name, sentences);
  result.buildMs = since(start);
  const after = memory();
  result.heapAfterMB = after.heapMB;
  result.rssMB = after.rssMB;
  if (job.predictedMs !== null && job.predictedMs * job.minQuestions > job.budgetMs) {
    result.status = 'skipped';
    result.note = `${BASELINE_LABELS[job.name]}: ~${(job.predictedMs / 1000).toFixed(1)} s per question (scaled from the previous size) × ${job.minQuestions} questions > ${job.budgetMs / 1000} s budget`;
    return result;
  }
  // Sentences are ranked; a paragraph's rank is that of its best sentence.
  const ask = (query: string) => ({ keys: retriever.search(query, 100).map((id) => paragraphOf[id] ?? '') });
  const warm = performance.now();
  ask(questions[0]?.query ?? 'pemerintah');
  result.firstQueryMs = since(warm);
  const asked = askAll(questions, (q) => ask(q.query), job.budgetMs);
  Object.assign(result, { outcomes: asked.outcomes, status: asked.status, note: asked.note });
  result.heapSteadyMB = memory().heapMB;
  return result;
}

async function runBundled(job: Extract<Job, { kind: 'bundled' }>): Promise<WorkerResult> {
  const result = emptyResult('kutip bundled article');
  const { openCorpus, newConversation } = await import('../src/engine/index.ts');
  const { judge, readPublic } = await import('../scripts/eval/public.ts');
  result.heapBeforeMB = memory().heapMB;
  const examples = readPublic(job.publicFile);
  const start = performance.now();
  const { engine } = openCorpus(job.dataDir);
  result.buildMs = since(start);
  // As the bot does at start-up (src/main.ts): the timed questions below are the steady state.
  result.extra['warm-up ms (not timed below)'] = Math.round(engine.warmUp());
  const after = memory();
  result.heapAfterMB = after.heapMB;
  result.rssMB = after.rssMB;
  let passed = 0;
  await profiled(job.profileDir, 'bundled-ask', () => {
    for (let round = 0; round < job.rounds; round += 1) {
      const conversations = new Map<string, ReturnType<typeof newConversation>>();
      examples.forEach((ex, i) => {
        const conversation = (ex.conversation ? conversations.get(ex.conversation) : undefined) ?? newConversation();
        if (ex.conversation) conversations.set(ex.conversation, conversation);
        const t = performance.now();
        const answer = engine.ask(ex.q, { conversation });
        const ms = since(t);
        if (round === 0 && i === 0) result.firstQueryMs = ms;
        else result.outcomes.push({ id: `public-${i + 1}`, kind: round === 0 ? 'public-first-round' : 'public', typo: false, found: answer.found, ms, rank: null, returned: answer.citations.length });
        if (round === 0 && judge(ex, answer) === null) passed += 1;
      });
    }
  });
  result.extra['public examples correct'] = `${passed}/${examples.length}`;
  result.extra['questions timed'] = result.outcomes.length;
  result.heapSteadyMB = memory().heapMB;
  return result;
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as Job;
  let result: WorkerResult;
  try {
    result = job.kind === 'kutip' ? await runKutip(job) : job.kind === 'baseline' ? runBaseline(job) : await runBundled(job);
  } catch (err) {
    result = emptyResult(job.kind === 'baseline' ? job.name : job.kind);
    result.status = 'error';
    result.note = (err as Error).message.split('\n')[0] ?? String(err);
  }
  writeFileSync(job.outFile, JSON.stringify(result));
}

await main();
