/**
 * Reading article files from a folder. A bad file never stops the others: it becomes a problem
 * naming the file and the reason (empty, binary, not UTF-8, too large, unreadable).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ArticleSource, LoadProblem } from '../types.ts';

export interface LoadDirOptions {
  /** Files over this size are skipped (default 5 MB). */
  maxBytes?: number;
}

export interface LoadedDir {
  sources: ArticleSource[];
  problems: LoadProblem[];
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** No news paragraph is this long: a longer line is a dump (base64, minified text), not an article. */
export const MAX_LINE_CHARS = 20_000;

/** "812 KB", "5.0 MB": sizes as people read them. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
const EXTENSIONS = new Set(['.txt', '.md']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why bytes are not a readable article, or null when they are; the text when they are. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'the file is empty' };
  if (bytes.length > maxBytes) return { reason: `the file is ${size(bytes.length)}, over the ${size(maxBytes)} limit` };
  if (bytes.includes(0)) return { reason: 'the file is binary (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'the file is not valid UTF-8 text: save it as UTF-8' };
  }
  const controls = text.match(/[^\P{Cc}\n\r\t\f]/gu)?.length ?? 0;
  if (controls > text.length / 100) return { reason: 'the file looks binary (many control characters), not text' };
  if (!/\p{L}/u.test(text)) return { reason: 'the file has no words in it' };
  const longest = text.split('\n').reduce((m, l) => Math.max(m, l.length), 0);
  if (longest > MAX_LINE_CHARS) return { reason: `it has a line of ${longest.toLocaleString('en')} characters (a dump, not an article): separate its paragraphs with blank lines` };
  return { text: text.replace(/^\uFEFF/, '') };
}

/** An article file found in a folder, with what the index cache compares to see if it changed. */
export interface ArticleFile {
  id: string;
  file: string;
  size: number;
  mtimeMs: number;
}

/** The .txt/.md files of a folder (not recursively), sorted by name; the id is the name without extension. */
export function listArticleFiles(dir: string, options: LoadDirOptions = {}): { files: ArticleFile[]; problems: LoadProblem[] } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const files: ArticleFile[] = [];
  const problems: LoadProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ file: dir, reason: code === 'ENOENT' ? 'the folder does not exist' : `the folder cannot be read (${code ?? 'error'})` });
    return { files, problems };
  }
  for (const name of names) {
    if (!EXTENSIONS.has(extname(name).toLowerCase())) continue;
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      if (stat.size > maxBytes) problems.push({ file, reason: `the file is ${size(stat.size)}, over the ${size(maxBytes)} limit` });
      else files.push({ id: basename(name, extname(name)), file, size: stat.size, mtimeMs: stat.mtimeMs });
    } catch (err) {
      problems.push({ file, reason: `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, problems };
}

/** Read and check one listed file: its source, or the problem that keeps it out. */
export function readArticleFile(entry: ArticleFile, options: LoadDirOptions = {}): ArticleSource | LoadProblem {
  try {
    const decoded = decodeArticle(readFileSync(entry.file), options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
    return 'reason' in decoded ? { file: entry.file, reason: decoded.reason } : { id: entry.id, text: decoded.text, file: entry.file };
  } catch (err) {
    return { file: entry.file, reason: `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** Read every .txt/.md article in a folder (not recursively); the id is the file name without extension. */
export function loadArticleDir(dir: string, options: LoadDirOptions = {}): LoadedDir {
  const { files, problems } = listArticleFiles(dir, options);
  const sources: ArticleSource[] = [];
  for (const entry of files) {
    const read = readArticleFile(entry, options);
    if ('reason' in read) problems.push(read);
    else sources.push(read);
  }
  return { sources, problems };
}
