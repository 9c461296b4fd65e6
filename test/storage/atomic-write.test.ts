import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/storage/atomic-write.ts';
import { tempDataDir } from './fixtures.ts';

describe('writeFileAtomic', () => {
  it('GIVEN a new file WHEN written THEN it has the content and no temporary file is left', async () => {
    const dir = tempDataDir();
    await writeFileAtomic(join(dir, 'a.txt'), 'hello');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('GIVEN an existing file WHEN replaced THEN readers see the new content whole', async () => {
    const dir = tempDataDir({ 'a.txt': 'old' });
    await writeFileAtomic(join(dir, 'a.txt'), 'new content');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('GIVEN the rename fails (the target is a folder) WHEN written THEN the error surfaces, the target is untouched and no temp file is left', async () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, 'a.txt'));
    writeFileSync(join(dir, 'a.txt', 'inside'), 'x');
    await expect(writeFileAtomic(join(dir, 'a.txt'), 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt', 'inside'), 'utf8')).toBe('x');
  });

  it('GIVEN a missing folder WHEN written THEN it fails without creating anything', async () => {
    const dir = tempDataDir();
    await expect(writeFileAtomic(join(dir, 'nope', 'a.txt'), 'x')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
