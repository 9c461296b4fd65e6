/**
 * Open a folder of articles as an engine, reporting every file that could not be served. With an
 * index cache file, a restart reads the persisted index and only the files that changed since.
 */
import { basename } from 'node:path';
import { createEngine, type Engine, type EngineOptions } from '../engine.ts';
import type { Article, ArticleSource, LoadProblem } from '../types.ts';
import { readIndexCache, unchanged, writeIndexCache, type CachedIndex, type Fingerprint } from './index-cache.ts';
import { listArticleFiles, readArticleFile, type LoadDirOptions } from './load-dir.ts';

export interface CorpusCacheOptions {
  /** Where the persisted index lives; no cache without it. */
  cacheFile?: string;
  /** Write the cache only for folders of at least this many articles (default 50): small ones load in milliseconds. */
  cacheMinArticles?: number;
}

export interface OpenedCorpus {
  engine: Engine;
  problems: LoadProblem[];
  /** How the index cache was used: 'off', 'built' (written now), 'loaded' (read, maybe updated), or why it was ignored. */
  cache: { status: 'off' | 'built' | 'loaded' | 'small'; reused: number; read: number; note?: string };
}

/** Add the sources (in one batch: large ones are indexed in parallel); those without any body paragraph become problems. */
function addSources(engine: Engine, sources: readonly ArticleSource[], problems: LoadProblem[]): Set<string> {
  const kept = new Set<string>();
  let added: Article[];
  try {
    added = engine.addMany(sources);
  } catch (err) {
    for (const s of sources) problems.push({ file: s.file ?? s.id, reason: `it could not be read as an article (${(err as Error).message})` });
    return kept;
  }
  added.forEach((article, i) => {
    const source = sources[i];
    if (article.paragraphs.length > 0) kept.add(article.id);
    else {
      engine.remove(article.id);
      problems.push({ file: source?.file ?? article.id, reason: 'no article paragraphs were found in it (only short lines or headings)' });
    }
  });
  return kept;
}

/** Load, ingest and index a folder (through the index cache when one is given). */
export function openCorpus(dir: string, options: LoadDirOptions & EngineOptions & CorpusCacheOptions = {}): OpenedCorpus {
  const { files, problems } = listArticleFiles(dir, options);
  let cache: CachedIndex | null = null;
  let note: string | undefined;
  if (options.cacheFile) {
    try {
      cache = readIndexCache(options.cacheFile);
    } catch (err) {
      note = `the index cache ${options.cacheFile} was ignored (${(err as Error).message}); it will be rebuilt`;
    }
  }
  const engine = createEngine([], { ...options, ...(cache ? { snapshot: cache.snapshot } : {}) });
  const fingerprints: Fingerprint[] = [];
  const listed = new Set<string>();
  const toAdd: { source: ArticleSource; fingerprint: Fingerprint }[] = [];
  let reused = 0;
  let read = 0;
  for (const entry of files) {
    const fingerprint = { name: basename(entry.file), id: entry.id, size: entry.size, mtimeMs: entry.mtimeMs };
    listed.add(entry.id);
    if (cache && unchanged(cache, entry, fingerprint.name) && engine.article(entry.id)) {
      reused += 1;
      fingerprints.push(fingerprint);
      continue;
    }
    read += 1;
    const source = readArticleFile(entry, options);
    if ('reason' in source) {
      engine.remove(entry.id);
      problems.push(source);
    } else toAdd.push({ source, fingerprint });
  }
  const kept = addSources(engine, toAdd.map((x) => x.source), problems);
  for (const x of toAdd) if (kept.has(x.source.id)) fingerprints.push(x.fingerprint);
  // Cached articles whose file is gone.
  for (const a of engine.articles()) if (!listed.has(a.id)) engine.remove(a.id);
  const status = !options.cacheFile ? 'off' : cache ? 'loaded' : 'built';
  const changed = read > 0 || (cache !== null && reused !== cache.fingerprints.size);
  if (options.cacheFile && (changed || !cache)) {
    if (fingerprints.length < (options.cacheMinArticles ?? 50)) return { engine, problems, cache: { status: 'small', reused, read, ...(note ? { note } : {}) } };
    try {
      writeIndexCache(options.cacheFile, engine.snapshot(fingerprints));
    } catch (err) {
      note = `the index cache could not be written to ${options.cacheFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); the next start will index again`;
    }
  }
  return { engine, problems, cache: { status, reused, read, ...(note ? { note } : {}) } };
}
