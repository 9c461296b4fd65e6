/** The benchmark's printed report: markdown tables (readable in a terminal, pasteable into RESULTS.md). */
import { BASELINE_LABELS, type BaselineName } from './baselines.ts';
import type { WorkerResult } from './jobs.ts';
import { percentile, summarize, type Outcome } from './measure.ts';
import type { StartupRun } from './startup.ts';

export interface CorpusStats {
  articles: number;
  paragraphs: number;
  sentences: number;
  words: number;
  vocabulary: number;
  questions: number;
  facqa: number;
  typos: number;
  /** Mean and median number of acceptable source paragraphs per question. */
  meanSources: number;
  medianSources: number;
  buildCorpusMs: number;
}

export interface SizeResult {
  size: number;
  stats: CorpusStats;
  kutip: WorkerResult;
  baselines: WorkerResult[];
  /** `npm run ask --data DIR` over the corpus as files: cold, then restarted with the index cache. */
  startup?: { cold: StartupRun; restart: StartupRun; cacheBytes: number | null };
}

export interface BenchReport {
  date: string;
  machine: string;
  sizes: SizeResult[];
  bundled: WorkerResult | null;
  startup: StartupRun[];
  budgetS: number;
}

export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v >= 1000) return `${(v / 1000).toFixed(v >= 10_000 ? 1 : 2)} s`;
  if (v >= 10) return `${v.toFixed(0)} ms`;
  if (v >= 1) return `${v.toFixed(1)} ms`;
  return `${v.toFixed(2)} ms`;
}

const mb = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${v.toFixed(0)} MB`);
const num = (v: number) => v.toLocaleString('en-US');
const ratio = (v: number) => (Number.isFinite(v) ? (v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(1)}×`) : '–');
const rec = (v: number) => (Number.isNaN(v) ? '–' : v.toFixed(2));

function label(r: WorkerResult): string {
  return r.system === 'kutip' ? '**Kutip** `ask`' : (BASELINE_LABELS[r.system as BaselineName] ?? r.system);
}

function subset(outcomes: readonly Outcome[], ids: ReadonlySet<string>): Outcome[] {
  return outcomes.filter((o) => ids.has(o.id));
}

function systemRows(s: SizeResult): string[] {
  return [s.kutip, ...s.baselines].map((r) => {
    const sum = summarize(r.outcomes);
    const asked = r.status === 'skipped' || r.status === 'error' ? 0 : sum.n;
    const note = r.status === 'ok' ? '' : `${r.status}: ${r.note ?? ''}`;
    const timed = asked > 0;
    return `| ${num(s.size)} | ${label(r)} | ${ms(r.buildMs)} | ${mb(r.heapAfterMB)} | ${mb(r.heapSteadyMB)} | ${mb(r.rssMB)} | ${ms(r.firstQueryMs)} | ${timed ? ms(sum.p50) : '–'} | ${timed ? ms(sum.p99) : '–'} | ${timed ? rec(sum.recall1) : '–'} | ${timed ? rec(sum.recall10) : '–'} | ${asked}/${s.stats.questions} | ${note} |`;
  });
}

function ratioRows(s: SizeResult): string[] {
  const kutip = summarize(s.kutip.outcomes);
  return s.baselines.filter((b) => b.outcomes.length > 0).map((b) => {
    const ids = new Set(b.outcomes.map((o) => o.id));
    const k = summarize(subset(s.kutip.outcomes, ids));
    const base = summarize(b.outcomes);
    return `| ${num(s.size)} | ${label(b)} | ${ms(base.p50)} | ${ms(kutip.p50)} | **${ratio(base.p50 / kutip.p50)}** | ${rec(base.recall10)} | ${rec(k.recall10)} | ${base.n} |`;
  });
}

/** Issue 4's targets, each with the measured value. */
function restartRow(big: SizeResult | undefined): string {
  const run = big?.startup?.restart;
  if (!run) return '| 100k: restart with persisted index < 2 s | – | not measured |';
  return `| 100k: restart with persisted index < 2 s | ${run.ok ? `${ms(run.firstAnswerMs)} (process start → first answer)` : `failed (${run.detail})`} | ${run.ok && run.firstAnswerMs !== null ? (run.firstAnswerMs < 2000 ? 'met' : '**missed**') : 'not measured'} |`;
}

function targets(r: BenchReport): string[] {
  const out: string[] = [];
  const mark = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : '**missed**');
  if (r.bundled && r.bundled.outcomes.length) {
    const b = summarize(r.bundled.outcomes);
    out.push(`| bundled article: p50 < 1 ms | ${ms(b.p50)} | ${mark(b.p50 < 1)} |`, `| bundled article: p99 < 5 ms | ${ms(b.p99)} | ${mark(b.p99 < 5)} |`);
  }
  const big = r.sizes.find((s) => s.size === 100_000);
  const k = big ? summarize(big.kutip.outcomes) : null;
  const have = big !== undefined && big.kutip.status !== 'error' && k !== null && k.n > 0;
  if (big && !have) out.push(`| 100k paragraphs | Kutip ${big.kutip.status}: ${big.kutip.note ?? ''} | not measured |`);
  out.push(
    `| 100k: p50 < 10 ms | ${have ? ms(k.p50) : '–'} | ${mark(have ? k.p50 < 10 : null)} |`,
    `| 100k: p99 < 50 ms | ${have ? ms(k.p99) : '–'} | ${mark(have ? k.p99 < 50 : null)} |`,
    `| 100k: recall@10 ≥ 0.95 (typo third included) | ${have ? rec(k.recall10) : '–'} | ${mark(have ? k.recall10 >= 0.95 : null)} |`,
    `| 100k: heap < 300 MB | ${have ? `${mb(big.kutip.heapAfterMB)} after build, ${mb(big.kutip.heapSteadyMB)} steady` : '–'} | ${mark(have ? Math.max(big.kutip.heapAfterMB ?? 0, big.kutip.heapSteadyMB ?? 0) < 300 : null)} |`,
    `| 100k: cold index build < 10 s | ${have ? ms(big.kutip.buildMs) : '–'} | ${mark(have ? (big.kutip.buildMs ?? Infinity) < 10_000 : null)} |`,
    restartRow(big),
  );
  const ten = r.sizes.find((s) => s.size === 10_000);
  const token = ten?.baselines.find((b) => b.system === 'fuse-token');
  if (ten && token && token.outcomes.length && ten.kutip.outcomes.length) {
    const ids = new Set(token.outcomes.map((o) => o.id));
    const kt = summarize(subset(ten.kutip.outcomes, ids));
    const t = summarize(token.outcomes);
    const speed = t.p50 / summarize(ten.kutip.outcomes).p50;
    out.push(`| 10k: ≥ 100× faster than fuse.js token search | ${ratio(speed)} (p50 ${ms(t.p50)} vs ${ms(summarize(ten.kutip.outcomes).p50)}) | ${mark(speed >= 100)} |`);
    out.push(`| 10k: recall no worse than fuse.js token search (same ${t.n} questions) | recall@10 ${rec(kt.recall10)} vs ${rec(t.recall10)}; @1 ${rec(kt.recall1)} vs ${rec(t.recall1)} | ${mark(kt.recall10 >= t.recall10)} |`);
  } else {
    out.push('| 10k: ≥ 100× faster than fuse.js token search, recall no worse | – | not measured |');
  }
  const measured = r.sizes.filter((s) => s.kutip.buildMs !== null && s.kutip.status !== 'error');
  const first = measured[0];
  const last = measured.at(-1);
  if (first && last && last !== first) {
    const scale = last.size / first.size;
    const build = (last.kutip.buildMs ?? 0) / (first.kutip.buildMs ?? 1);
    const heap = ((last.kutip.heapAfterMB ?? 0) - (last.kutip.heapBeforeMB ?? 0)) / Math.max(1, (first.kutip.heapAfterMB ?? 0) - (first.kutip.heapBeforeMB ?? 0));
    out.push(`| growth no worse than linear (${num(first.size)} → ${num(last.size)}, ×${scale}) | build ×${build.toFixed(1)}, heap (index) ×${heap.toFixed(1)} | ${mark(build <= scale * 1.25 && heap <= scale * 1.25)} |`);
  }
  return out;
}

/** Recall@10 per question kind and typo, and how often Kutip answered "not found". */
function breakdownRows(s: SizeResult): string[] {
  const cell = (outcomes: readonly Outcome[]) => {
    const sum = summarize(outcomes);
    return sum.n ? `${rec(sum.recall1)} / ${rec(sum.recall10)} (${sum.n})` : '–';
  };
  return [s.kutip, ...s.baselines].filter((r) => r.outcomes.length).map((r) => {
    const o = r.outcomes;
    const notFound = r.system === 'kutip' ? `${o.filter((x) => x.found === false).length}` : '';
    return `| ${num(s.size)} | ${label(r)} | ${cell(o.filter((x) => x.kind === 'facqa'))} | ${cell(o.filter((x) => x.kind === 'generated'))} | ${cell(o.filter((x) => !x.typo))} | ${cell(o.filter((x) => x.typo))} | ${summarize(o).returned.toFixed(1)} | ${notFound} |`;
  });
}

export function formatReport(r: BenchReport): string {
  const lines: string[] = [];
  lines.push(`# Kutip benchmark — ${r.date}`, '', `Machine: ${r.machine}. Baseline time budget: ${r.budgetS} s of question time per baseline per size.`, '');
  lines.push('## Corpora', '', '| paragraphs | articles | sentences | words | vocabulary | questions (FacQA / generated / with typo) | source paragraphs per question (median / mean) | corpus build |', '|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const s of r.sizes) {
    const st = s.stats;
    lines.push(`| ${num(st.paragraphs)} | ${num(st.articles)} | ${num(st.sentences)} | ${num(st.words)} | ${num(st.vocabulary)} | ${st.questions} (${st.facqa} / ${st.questions - st.facqa} / ${st.typos}) | ${st.medianSources} / ${st.meanSources.toFixed(1)} | ${ms(st.buildCorpusMs)} |`);
  }
  lines.push('', '## Results per size', '', '| paragraphs | system | index build | heap after build | heap after questions | RSS | first question | p50 | p99 | recall@1 | recall@10 | questions | note |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of r.sizes) lines.push(...systemRows(s));
  lines.push('', 'Kutip is asked the full question over the whole corpus (no scope) and returns its citations, then the next best paragraphs (`related`), ten paragraphs in all: recall@k counts them in that order. Baselines get the question\'s content words as a query over the same sentences; a paragraph ranks as its best sentence.');
  lines.push('', '## Recall by question kind (recall@1 / recall@10 (questions))', '', '| paragraphs | system | FacQA | generated | no typo | with typo | paragraphs returned (mean) | Kutip "not found" |', '|---:|---|---|---|---|---|---:|---:|');
  for (const s of r.sizes) lines.push(...breakdownRows(s));
  lines.push('', '## Ratios (baseline p50 / Kutip p50)', '', '| paragraphs | baseline | baseline p50 | Kutip p50 | ratio | baseline recall@10 | Kutip recall@10 on the same questions | questions |', '|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) lines.push(...ratioRows(s));
  lines.push('', '## Growth (Kutip)', '', '| paragraphs | sentences | vocabulary | index build | build per 1k ¶ | heap after build | heap per 1k ¶ (index only) | p50 | p99 | process start → first answer |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const k = s.kutip;
    const sum = summarize(k.outcomes);
    const index = (k.heapAfterMB ?? 0) - (k.heapBeforeMB ?? 0);
    lines.push(`| ${num(s.size)} | ${num(s.stats.sentences)} | ${num(s.stats.vocabulary)} | ${ms(k.buildMs)} | ${ms((k.buildMs ?? NaN) / (s.size / 1000))} | ${mb(k.heapAfterMB)} | ${k.heapAfterMB === null ? '–' : `${(index / (s.size / 1000)).toFixed(2)} MB`} | ${ms(sum.p50)} | ${ms(sum.p99)} | ${ms(typeof k.extra['process start → first answer ms'] === 'number' ? k.extra['process start → first answer ms'] : null)} |`);
  }
  if (r.bundled) {
    const b = summarize(r.bundled.outcomes);
    lines.push('', '## Bundled article (data/articles, public examples)', '');
    if (r.bundled.status === 'error') lines.push(`error: ${r.bundled.note}`);
    else {
      const warm = summarize(r.bundled.outcomes.filter((o) => o.kind === 'public'));
      const cold = summarize(r.bundled.outcomes.filter((o) => o.kind === 'public-first-round'));
      lines.push(`${r.bundled.extra['questions timed']} timed asks, the public examples 30 times over (${String(r.bundled.extra['public examples correct'])} public examples correct): p50 ${ms(b.p50)}, p90 ${ms(percentile(r.bundled.outcomes.map((o) => o.ms), 90))}, p99 ${ms(b.p99)}, max ${ms(Math.max(...r.bundled.outcomes.map((o) => o.ms)))}.`,
        `First round only (each question asked for the first time, JIT and caches cold): p50 ${ms(cold.p50)}, max ${ms(Math.max(...r.bundled.outcomes.filter((o) => o.kind === 'public-first-round').map((o) => o.ms)))}; later rounds: p50 ${ms(warm.p50)}, p99 ${ms(warm.p99)}. Very first question ${ms(r.bundled.firstQueryMs)}; load + index ${ms(r.bundled.buildMs)}.`);
    }
  }
  lines.push('', '## Start-up (process start → first answer, bundled article)', '');
  for (const s of r.startup) lines.push(`- ${s.label}: ${s.ok ? ms(s.firstAnswerMs) : `failed (${s.detail})`} (exit ${ms(s.exitMs)})`);
  const corpusStartups = r.sizes.filter((s) => s.startup);
  if (corpusStartups.length) {
    lines.push('', '## Start-up over the corpus as files (`node scripts/launch.mjs ask --data DIR "…"`, process start → first answer)', '',
      '| paragraphs | cold: read files, index, write cache | restart: persisted index | index cache file |', '|---:|---:|---:|---:|');
    for (const s of corpusStartups) {
      const st = s.startup;
      if (!st) continue;
      const cell = (run: StartupRun) => (run.ok ? ms(run.firstAnswerMs) : `failed (${run.detail})`);
      lines.push(`| ${num(s.size)} | ${cell(st.cold)} | ${cell(st.restart)} | ${st.cacheBytes === null ? 'none' : mb(st.cacheBytes / 1048576)} |`);
    }
  }
  lines.push('', '## Issue 4 targets', '', '| target | measured | |', '|---|---|---|', ...targets(r));
  for (const s of r.sizes) {
    const problems = [s.kutip, ...s.baselines].filter((x) => x.status === 'error');
    for (const p of problems) lines.push('', `error at ${num(s.size)} (${p.system}): ${p.note}`);
  }
  return `${lines.join('\n')}\n`;
}
