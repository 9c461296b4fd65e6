// The build stamp: each part follows what it fingerprints, and nothing else.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/engine/config.ts';
import {
  currentStamp, dataHash, dependencyVersions, engineCodeHash, engineSourceHash, formatStamp, hashTree, parseStamp, projectDataDir, stampDifference,
} from '../../../src/engine/persist/build-stamp.ts';
import { ROOT } from '../ingest/helpers.ts';

let tmp: string;
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('GIVEN the engine\'s sources', () => {
  it('WHEN copied elsewhere THEN they hash the same; with "pasar" made a stopword THEN they do not', () => {
    tmp = mkdtempSync(join(tmpdir(), 'kutip-stamp-'));
    const copy = join(tmp, 'engine');
    cpSync(join(ROOT, 'src', 'engine'), copy, { recursive: true });
    expect(hashTree(copy)).toBe(engineSourceHash());
    // Running the sources (tests, tsx), the code part is that hash.
    expect(engineCodeHash()).toBe(engineSourceHash());
    const stopwords = join(copy, 'text', 'stopwords.ts');
    const original = readFileSync(stopwords, 'utf8');
    writeFileSync(stopwords, original.includes("'pasar', ") ? original.replace("'pasar', ", '') : `${original}\nSTOP.add('pasar');\n`);
    expect(hashTree(copy)).not.toBe(engineSourceHash());
  });

  it('WHEN a file is added or renamed THEN the hash changes; a dot-file or a skipped path does not change it', () => {
    tmp = mkdtempSync(join(tmpdir(), 'kutip-stamp-'));
    writeFileSync(join(tmp, 'a.ts'), 'export const a = 1;');
    const base = hashTree(tmp);
    writeFileSync(join(tmp, '.a.ts.swp'), 'editor');
    mkdirSync(join(tmp, 'skip'));
    writeFileSync(join(tmp, 'skip', 'x.ts'), 'x');
    expect(hashTree(tmp, (p) => p === join(tmp, 'skip'))).toBe(base);
    writeFileSync(join(tmp, 'b.ts'), '');
    expect(hashTree(tmp)).not.toBe(base);
    rmSync(join(tmp, 'b.ts'));
    rmSync(join(tmp, 'skip'), { recursive: true });
    cpSync(join(tmp, 'a.ts'), join(tmp, 'c.ts'));
    rmSync(join(tmp, 'a.ts'));
    expect(hashTree(tmp)).not.toBe(base);
  });
});

describe('GIVEN the project\'s data folder', () => {
  it('WHEN the lexicon changes THEN the data part changes; when articles or the corpus folder change THEN it does not', () => {
    tmp = mkdtempSync(join(tmpdir(), 'kutip-stamp-'));
    const data = join(tmp, 'data');
    cpSync(join(ROOT, 'data', 'lexicon'), join(data, 'lexicon'), { recursive: true });
    mkdirSync(join(data, 'articles', 'guilds', '1150000000000000100'), { recursive: true });
    mkdirSync(join(data, 'news'));
    const base = dataHash(data, join(data, 'news'));
    writeFileSync(join(data, 'articles', 'new.txt'), 'an article');
    writeFileSync(join(data, 'articles', 'guilds', '1150000000000000100', 'upload.txt'), 'an upload');
    writeFileSync(join(data, 'news', 'other.txt'), 'the corpus being indexed');
    expect(dataHash(data, join(data, 'news'))).toBe(base);
    const glossary = join(data, 'lexicon', 'news-glossary.json');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('}', ',"x":1}'));
    expect(dataHash(data, join(data, 'news'))).not.toBe(base);
    expect(projectDataDir()).toBe(join(ROOT, 'data/'));
  });
});

describe('GIVEN this build', () => {
  it('WHEN stamped THEN it names the installed versions of the packages ingestion uses', () => {
    const versions = dependencyVersions();
    expect(versions.map((v) => v.split('@')[0])).toEqual(['sastrawijs', 'stopwords-iso', 'chrono-node', 'tinyld']);
    for (const v of versions) expect(v).toMatch(/@\d+\.\d+\.\d+/);
  });

  it('WHEN two stamps are compared THEN the first differing part is named, and a stored stamp reads back', () => {
    const stamp = currentStamp(DEFAULT_SETTINGS);
    expect(stampDifference(stamp, currentStamp(DEFAULT_SETTINGS))).toBeNull();
    expect(stampDifference(stamp, currentStamp({ ...DEFAULT_SETTINGS, maxCitations: 4 }))).toBe('settings');
    expect(stampDifference(stamp, { ...stamp, deps: 'x', data: 'y' })).toBe('deps');
    expect(parseStamp(formatStamp(stamp))).toEqual(stamp);
    expect(parseStamp('{"code":1}')).toBeNull();
    expect(parseStamp('not json')).toBeNull();
  });
});
