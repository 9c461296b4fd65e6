import type { ArticleSource, LoadProblem } from '../types.ts';

export interface LoadDirOptions {
  /** Files over this size are skipped (default 5 MB). */
  maxBytes?: number;
}

export interface LoadedDir {
  sources: ArticleSource[];
  problems: LoadProblem[];
}

/** Read every .txt/.md article in a folder; bad files become problems, never exceptions. */
export function loadArticleDir(_dir: string, _options: LoadDirOptions = {}): LoadedDir {
  throw new Error('not implemented yet');
}
