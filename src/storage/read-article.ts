/** Reading article files from DATA_DIR without ever throwing: the text, why it is no article, or nothing there. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { decodeArticle } from '../engine/index.ts';

/** null: no such file (or not a regular file). A reason: present but not a readable article. */
export function readArticleText(file: string, maxBytes: number): { text: string } | { reason: string } | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    if (stat.size > maxBytes) {
      return { reason: `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit` };
    }
    return decodeArticle(readFileSync(file), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : { reason: `the file cannot be read (${code ?? 'error'})` };
  }
}

/** A folder's entries by name, or none when it cannot be read. */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
