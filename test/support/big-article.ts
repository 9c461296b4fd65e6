/**
 * A large article, as an admin might paste a long report: a title, a byline and paragraphs made
 * from the fixture articles' body paragraphs with their numbers changed, until the text is
 * `bytes` long. Deterministic, and built from files in this repository (no ../shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const DIRS = ['articles', 'articles-qa'];

/** Prose paragraphs of the fixtures: long lines ending like a sentence. */
function proseParagraphs(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      for (const block of readFileSync(join(FIXTURES, dir, name), 'utf8').split(/\n\s*\n/)) {
        const text = block.trim();
        if (text.length >= 120 && /[.!?"”]$/.test(text) && !text.includes('\n')) out.push(text);
      }
    }
  }
  return out;
}

/** An article of about `bytes` UTF-8 bytes (0.9 MB by default, just under the 1 MB upload limit). */
export function bigArticle(bytes = 900_000, title = 'Laporan Khusus: Sepekan Berita dari Daerah'): string {
  const paragraphs = proseParagraphs();
  const parts = [title, '', 'Tim Redaksi - Senin, 3 Maret 2025 | 08:00 WIB', ''];
  let size = Buffer.byteLength(parts.join('\n'));
  for (let i = 0; size < bytes; i += 1) {
    const base = paragraphs[i % paragraphs.length] ?? '';
    // Numbers shift per copy, so no two paragraphs are the same text.
    const text = base.replace(/\d+/g, (n) => String(Number(n) + Math.floor(i / paragraphs.length)));
    parts.push(text, '');
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n');
}
