/**
 * What shaped an index, besides the article files it was built from: the persisted index is only
 * reused by the build that wrote it. Four parts, compared one by one so a mismatch can say which:
 *
 *   code      the engine's sources (src/engine/**): a content hash computed by scripts/build.mjs
 *             into the bundle, or computed here when running the sources (tsx, tests)
 *   deps      the versions of the packages ingestion uses (stemmer, stopwords, dates, language)
 *   data      the project's data/ files (the lexicon and any list added there), bundled articles excepted
 *   settings  the engine settings it was opened with
 *
 * "pasar" made a stopword in src/engine/text/stopwords.ts changes `code`; `npm ci` bringing another
 * sastrawijs changes `deps`; a regenerated en-id.json changes `data`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineSettings } from '../config.ts';

/** The fingerprint of a build, part by part (hex digests). */
export interface BuildStamp {
  code: string;
  deps: string;
  data: string;
  settings: string;
}

/** Which part of two stamps differs first (code, then deps, data, settings), or null when they match. */
export type StampPart = keyof BuildStamp;

// Set by scripts/build.mjs in the bundle (esbuild `define`); undeclared when running the sources.
declare const KUTIP_ENGINE_HASH: string | undefined;

/** Packages whose behaviour is baked into an index (tokens, stems, stopwords, dates, language). */
const INDEXING_PACKAGES = ['sastrawijs', 'stopwords-iso', 'chrono-node', 'tinyld'];

/**
 * Hash of every file under `dir` — relative path and bytes, in path order — skipping what `skip`
 * rejects (absolute paths) and dot-files (an index cache, editors' swap files).
 */
export function hashTree(dir: string, skip: (path: string) => boolean = () => false): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(at, entry.name);
      if (entry.name.startsWith('.') || skip(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(`${relative(dir, path).split(sep).join('/')}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Hash of the engine's sources beside this file (src/engine); what scripts/build.mjs puts in the bundle. */
export function engineSourceHash(): string {
  return hashTree(fileURLToPath(new URL('../', import.meta.url)));
}

let code: string | undefined;
/** The engine code's hash: the bundle's, or its sources' (computed once per process). */
export function engineCodeHash(): string {
  code ??= typeof KUTIP_ENGINE_HASH === 'string' ? KUTIP_ENGINE_HASH : engineSourceHash();
  return code;
}

/** `name@version` of each package ingestion uses, as installed beside this code. */
export function dependencyVersions(): string[] {
  const require = createRequire(import.meta.url);
  return INDEXING_PACKAGES.map((name) => {
    try {
      // Up from the package's entry file to its own package.json (not every package exports it).
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const file = join(dir, 'package.json');
        if (!existsSync(file)) continue;
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return `${name}@${pkg.version ?? '?'}`;
      }
    } catch {
      // Unresolvable: recorded as unknown, which still differs from any real version.
    }
    return `${name}@?`;
  });
}

/** The project's data/ folder (data/lexicon and the rest), found upwards from this module as the lexicon finds it. */
export function projectDataDir(): string | null {
  for (const up of ['../../../', '../../', '../']) {
    const dir = fileURLToPath(new URL(`${up}data/`, import.meta.url));
    if (existsSync(join(dir, 'lexicon'))) return dir;
  }
  return null;
}

/** Hash of the data files the engine may read: all of `dataDir` but its articles folder and the corpus being indexed. */
export function dataHash(dataDir: string | null, corpusDir: string | null = null): string {
  if (dataDir === null) return 'none';
  const skipped = [join(dataDir, 'articles'), ...(corpusDir === null ? [] : [resolve(corpusDir)])];
  return hashTree(dataDir, (path) => skipped.some((s) => path === s || path.startsWith(`${s}${sep}`)));
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The stamp of this build for an index of `corpusDir` with these settings. */
export function currentStamp(settings: EngineSettings, corpusDir: string | null = null): BuildStamp {
  const sorted = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    code: engineCodeHash(),
    deps: digest(dependencyVersions().join('\n')),
    data: dataHash(projectDataDir(), corpusDir),
    settings: digest(JSON.stringify(sorted)),
  };
}

/** The first part in which two stamps differ, or null. */
export function stampDifference(a: BuildStamp, b: BuildStamp): StampPart | null {
  return (['code', 'deps', 'data', 'settings'] as const).find((part) => a[part] !== b[part]) ?? null;
}

/** A stamp as stored in the cache file. */
export function formatStamp(stamp: BuildStamp): string {
  return JSON.stringify(stamp);
}

/** A stored stamp, or null when it is not one. */
export function parseStamp(text: string): BuildStamp | null {
  try {
    const v = JSON.parse(text) as Partial<BuildStamp>;
    return typeof v.code === 'string' && typeof v.deps === 'string' && typeof v.data === 'string' && typeof v.settings === 'string'
      ? { code: v.code, deps: v.deps, data: v.data, settings: v.settings } : null;
  } catch {
    return null;
  }
}
