/**
 * Open a folder of articles as an engine, reporting every file that could not be served. With an
 * index cache file, a restart reads the persisted index — if this build wrote it — and only the
 * files that changed since.
 */
import { basename } from 'node:path';
import { DEFAULT_SETTINGS } from '../config.ts';
import { createEngine, type Engine, type EngineOptions, type IngestOutcome } from '../engine.ts';
import { currentStamp, type BuildStamp } from '../persist/build-stamp.ts';
import type { ArticleSource, LoadProblem } from '../types.ts';
import type { CacheReport } from './cache-report.ts';
import { readIndexCache, unchanged, writeIndexCache, type CachedIndex, type Fingerprint } from './index-cache.ts';
import { listArticleFiles, readArticleFile, type LoadDirOptions } from './load-dir.ts';

/** Options of the index cache. */
export interface CorpusCacheOptions {
  /** Where the persisted index lives; no cache without it. */
  cacheFile?: string;
  /** Write the cache only for folders of at least this many articles (default 50): small ones load in milliseconds. */
  cacheMinArticles?: number;
  /** The build stamp to compare and write (default: this build's, see persist/build-stamp.ts); for tests. */
  stamp?: BuildStamp;
}

/** An opened folder. */
export interface OpenedCorpus {
  engine: Engine;
  problems: LoadProblem[];
  /** Where the index came from (see `describeCache` for the one log line). */
  cache: CacheReport;
}

type Options = LoadDirOptions & EngineOptions & CorpusCacheOptions;

interface Plan {
  engine: Engine;
  problems: LoadProblem[];
  toAdd: { source: ArticleSource; fingerprint: Fingerprint }[];
  /** Files served from the cache, as they are. */
  fingerprints: Fingerprint[];
  cache: CachedIndex | null;
  stamp: BuildStamp | null;
  report: CacheReport;
}

/** List the folder, read the cache, and read the files the cache cannot serve. */
function plan(dir: string, options: Options): Plan {
  const { files, problems } = listArticleFiles(dir, options);
  const report: CacheReport = { status: options.cacheFile ? 'built' : 'off', reused: 0, read: 0, removed: 0, ...(options.cacheFile ? { file: options.cacheFile } : {}) };
  let cache: CachedIndex | null = null;
  let stamp: BuildStamp | null = null;
  if (options.cacheFile) {
    stamp = options.stamp ?? currentStamp({ ...DEFAULT_SETTINGS, ...options.settings }, dir);
    const found = readIndexCache(options.cacheFile, stamp);
    if (found.kind === 'ok') cache = found.cache;
    else if (found.kind === 'stale') report.reason = found.part;
    else if (found.kind === 'damaged') {
      report.reason = 'damaged';
      report.note = `the index cache ${options.cacheFile} was ignored (${found.reason}); it will be rebuilt`;
    } else report.reason = 'missing';
  }
  let engine: Engine;
  try {
    engine = createEngine([], { ...options, ...(cache ? { snapshot: cache.snapshot } : {}) });
  } catch (err) {
    // A snapshot that decodes but does not restore: as damaged as a bad checksum.
    engine = createEngine([], options);
    report.reason = 'damaged';
    report.note = `the index cache ${options.cacheFile ?? ''} was ignored (${(err as Error).message}); it will be rebuilt`;
    cache = null;
  }
  if (cache) report.status = 'loaded';
  const fingerprints: Fingerprint[] = [];
  const listed = new Set<string>();
  const toAdd: Plan['toAdd'] = [];
  for (const entry of files) {
    const fingerprint = { name: basename(entry.file), id: entry.id, size: entry.size, mtimeMs: entry.mtimeMs };
    listed.add(entry.id);
    if (cache && unchanged(cache, entry, fingerprint.name) && engine.article(entry.id)) {
      report.reused += 1;
      fingerprints.push(fingerprint);
      continue;
    }
    report.read += 1;
    const source = readArticleFile(entry, options);
    if ('reason' in source) {
      engine.remove(entry.id);
      problems.push(source);
    } else toAdd.push({ source, fingerprint });
  }
  // Cached articles whose file is gone.
  for (const a of engine.articles()) {
    if (listed.has(a.id)) continue;
    engine.remove(a.id);
    report.removed += 1;
  }
  return { engine, problems, toAdd, fingerprints, cache, stamp, report };
}

/** Keep what was added (an article without body paragraphs is a problem), then write the cache if anything changed. */
function finish(p: Plan, outcome: IngestOutcome, options: Options): OpenedCorpus {
  const { engine, problems, report } = p;
  const kept = new Set<string>();
  for (const article of outcome.articles) {
    if (article.paragraphs.length > 0) kept.add(article.id);
    else {
      engine.remove(article.id);
      problems.push({ file: p.toAdd.find((x) => x.source.id === article.id)?.source.file ?? article.id, reason: 'no article paragraphs were found in it (only short lines or headings)' });
    }
  }
  for (const { source, reason } of outcome.failed) problems.push({ file: source.file ?? source.id, reason: `it could not be read as an article (${reason})` });
  const fingerprints = [...p.fingerprints, ...p.toAdd.filter((x) => kept.has(x.source.id)).map((x) => x.fingerprint)];
  const changed = report.read > 0 || report.removed > 0 || (p.cache !== null && report.reused !== p.cache.fingerprints.size);
  if (options.cacheFile && p.stamp && (changed || !p.cache)) {
    if (fingerprints.length < (options.cacheMinArticles ?? 50)) report.status = 'small';
    else {
      try {
        writeIndexCache(options.cacheFile, engine.snapshot(fingerprints), p.stamp);
      } catch (err) {
        report.note = `the index cache could not be written to ${options.cacheFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); the next start will index again`;
      }
    }
  }
  return { engine, problems, cache: report };
}

/** The batch on this thread (see build/schedule.ts for why); an unexpected failure makes every source of it a problem, never a crash. */
function addHere(engine: Engine, sources: readonly ArticleSource[]): IngestOutcome {
  try {
    return { articles: engine.addMany(sources), failed: [] };
  } catch (err) {
    return { articles: [], failed: sources.map((source) => ({ source, reason: (err as Error).message })) };
  }
}

/**
 * Load, ingest and index a folder (through the index cache when one is given): a process's start,
 * on this thread, before it answers anything.
 */
export function openCorpus(dir: string, options: Options = {}): OpenedCorpus {
  const p = plan(dir, options);
  return finish(p, addHere(p.engine, p.toAdd.map((x) => x.source)), options);
}
