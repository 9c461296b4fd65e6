/** Load the articles for a CLI run, reporting skipped files on stderr. */
import { describeCache, openCorpus, type Engine } from '../engine/index.ts';
import { messages } from '../i18n/messages.ts';

/**
 * The engine over `dir`, or null (after explaining on stderr) when no article could be loaded.
 * stderr stays quiet on an ordinary start; it says so when a cache file was there but not used
 * (another build wrote it, or it is damaged) and was rebuilt, since that start is slower than usual.
 */
export function openForCli(dir: string, maxBytes: number, warn: (line: string) => void, cacheFile?: string): Engine | null {
  const m = messages('en');
  const { engine, problems, cache } = openCorpus(dir, { maxBytes, ...(cacheFile ? { cacheFile } : {}) });
  for (const p of problems) warn(m.console.skipped(p.file, p.reason));
  if (cache.note) warn(cache.note);
  // Only when it was rebuilt and rewritten: a stale file beside a folder too small to cache would say so every run.
  else if (cache.status === 'built' && cache.reason !== undefined && cache.reason !== 'missing') warn(`kutip: ${describeCache(cache, engine.articles().length)}`);
  if (engine.articles().length === 0) {
    warn(m.console.noArticles(dir));
    return null;
  }
  return engine;
}
