/** Load the articles for a CLI run, reporting skipped files on stderr. */
import { openCorpus, type Engine } from '../engine/index.ts';
import { messages } from '../i18n/messages.ts';

/** The engine over `dir`, or null (after explaining on stderr) when no article could be loaded. */
export function openForCli(dir: string, maxBytes: number, warn: (line: string) => void, cacheFile?: string): Engine | null {
  const m = messages('en');
  const { engine, problems, cache } = openCorpus(dir, { maxBytes, ...(cacheFile ? { cacheFile } : {}) });
  for (const p of problems) warn(m.console.skipped(p.file, p.reason));
  if (cache.note) warn(cache.note);
  if (engine.articles().length === 0) {
    warn(m.console.noArticles(dir));
    return null;
  }
  return engine;
}
