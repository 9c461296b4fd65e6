/** Open a folder of articles as an engine, reporting every file that could not be served. */
import { createEngine, type Engine, type EngineOptions } from '../engine.ts';
import type { LoadProblem } from '../types.ts';
import { loadArticleDir, type LoadDirOptions } from './load-dir.ts';

export interface OpenedCorpus {
  engine: Engine;
  problems: LoadProblem[];
}

/** Load, ingest and index a folder; articles without any body paragraph are dropped as problems. */
export function openCorpus(dir: string, options: LoadDirOptions & EngineOptions = {}): OpenedCorpus {
  const { sources, problems } = loadArticleDir(dir, options);
  const engine = createEngine([], options);
  for (const source of sources) {
    try {
      const article = engine.add(source);
      if (article.paragraphs.length === 0) {
        engine.remove(article.id);
        problems.push({ file: source.file ?? source.id, reason: 'no article paragraphs were found in it (only short lines or headings)' });
      }
    } catch (err) {
      problems.push({ file: source.file ?? source.id, reason: `it could not be read as an article (${(err as Error).message})` });
    }
  }
  return { engine, problems };
}
