/** Temporary article folders holding one good article and malformed files of every kind. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './process.ts';

/** The bundled article's text. */
export const GOOD_ARTICLE = readFileSync(join(ROOT, 'data/articles/rusia-korea-utara.txt'), 'utf8');

/** Malformed files by name, with a word their skip reason must contain. */
export const MALFORMED: Readonly<Record<string, { bytes: Buffer; reason: RegExp }>> = {
  'empty.txt': { bytes: Buffer.alloc(0), reason: /empty/ },
  // A PNG header and NUL bytes: a picture saved with the wrong extension.
  'binary.txt': { bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2000, 7)]), reason: /binary/ },
  // Windows-1252 text (é as 0xE9): not UTF-8.
  'latin1.md': { bytes: Buffer.from(`${GOOD_ARTICLE.slice(0, 600)} caf\u00e9 d\u00e9j\u00e0 vu`, 'latin1'), reason: /UTF-8/ },
  // Headings and captions only: no body paragraph.
  'no-paragraphs.txt': { bytes: Buffer.from('Berita Terkini\nBaca Juga: Lainnya\nFoto: Humas\n\nPopuler\n'), reason: /paragraph/ },
  // Over MAX_ARTICLE_BYTES=64KB (set by the tests that use this file).
  'too-big.txt': { bytes: Buffer.from(`${GOOD_ARTICLE}\n\n`.repeat(Math.ceil(70_000 / GOOD_ARTICLE.length))), reason: /over the 0\.1 MB limit|limit/ },
};

/** A fresh folder with `good.txt` (the bundled article), the given malformed files and an ignored non-article file. */
export function articleDir(names: readonly string[] = Object.keys(MALFORMED)): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kutip-articles-'));
  writeFileSync(join(dir, 'good.txt'), GOOD_ARTICLE);
  writeFileSync(join(dir, 'notes.csv'), 'not,an,article\n');
  for (const name of names) {
    const file = MALFORMED[name];
    if (file === undefined) throw new Error(`no malformed file named ${name}`);
    writeFileSync(join(dir, name), file.bytes);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty temporary folder. */
export function emptyDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kutip-empty-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
