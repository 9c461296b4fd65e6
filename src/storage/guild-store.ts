/**
 * The article files behind the engine, kept in step with it:
 *
 *   DATA_DIR/<name>.txt|.md                     bundled, visible in every server (id "<name>")
 *   DATA_DIR/guilds/<guildId>/<name>.txt|.md    added in one server (id "g<guildId>/<name>")
 *
 * Uploads are ingested first (so a text without article paragraphs changes nothing), then written
 * atomically; the engine's index is updated in place, so the article is answerable as soon as `add`
 * resolves. `sync` reconciles one path with the engine, for the watcher; a file's content hash
 * tells a real change from the echo of the store's own write.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { decodeArticle, type Article, type Engine, type LoadProblem } from '../engine/index.ts';
import { articleName, baseName, contentHash, guildArticleId, isArticleFileName, SNOWFLAKE } from './article-ids.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** What the store needs. */
export interface GuildStoreOptions {
  dataDir: string;
  engine: Engine;
  logger: Logger;
  /** Files over this size are not read (MAX_ARTICLE_BYTES). */
  maxBytes: number;
}

/** What reconciling one file with the engine did. */
export type StoreChange =
  | { kind: 'added' | 'updated'; id: string; file: string; title: string | null }
  | { kind: 'removed'; id: string; file: string }
  | { kind: 'rejected'; id: string; file: string; reason: string; removed: boolean };

/** Why an upload was not stored (user-facing wording lives in the bot's messages). */
export type StoreProblem = 'no-paragraphs' | 'unreadable' | 'storage';

/** The outcome of `add`. */
export type AddResult =
  | { ok: true; article: Article; status: 'added' | 'unchanged' }
  | { ok: false; problem: StoreProblem; detail: string };

/** The outcome of `remove`. */
export type RemoveResult = { ok: true; article: Article | undefined } | { ok: false; problem: 'not-found' | 'storage'; detail: string };

interface Known {
  id: string;
  hash: string;
}

/** The folder of per-guild articles inside DATA_DIR. */
export const GUILDS_DIR = 'guilds';

/** Per-guild article files and their reconciliation with the engine. */
export class GuildArticleStore {
  readonly dataDir: string;
  readonly guildsDir: string;
  readonly #engine: Engine;
  readonly #logger: Logger;
  readonly #maxBytes: number;
  readonly #known = new Map<string, Known>();
  /** Paths being written by `add`: their watcher events are the store's own. */
  readonly #writing = new Set<string>();
  /** Last rejection per path, so an unchanged bad file is reported once. */
  readonly #rejected = new Map<string, string>();

  constructor(options: GuildStoreOptions) {
    this.dataDir = resolve(options.dataDir);
    this.guildsDir = join(this.dataDir, GUILDS_DIR);
    this.#engine = options.engine;
    this.#logger = options.logger;
    this.#maxBytes = options.maxBytes;
  }

  /**
   * Read every guild's articles into the engine and remember the bundled files the engine already
   * holds (main loads those with `openCorpus`). Problems are logged, one line per file.
   */
  load(): { articles: number; problems: LoadProblem[] } {
    try {
      mkdirSync(this.guildsDir, { recursive: true });
    } catch (error) {
      this.#logger.warn({ err: error, dir: this.guildsDir }, `cannot create ${this.guildsDir}: articles cannot be added from Discord`);
    }
    for (const name of listDir(this.dataDir)) {
      const file = join(this.dataDir, name);
      const id = this.idOf(file);
      const text = id === null ? null : this.#readText(file);
      if (id !== null && text !== null && 'text' in text && this.#engine.article(id) !== undefined) {
        this.#known.set(file, { id, hash: contentHash(text.text) });
      }
    }
    const problems: LoadProblem[] = [];
    let articles = 0;
    for (const guildId of listDir(this.guildsDir).filter((n) => SNOWFLAKE.test(n))) {
      for (const change of this.syncDir(join(this.guildsDir, guildId))) {
        if (change.kind === 'rejected') {
          problems.push({ file: change.file, reason: change.reason });
          this.#logger.warn({ file: change.file, reason: change.reason }, `skipped article ${change.file}: ${change.reason}`);
        } else if (change.kind !== 'removed') articles += 1;
      }
    }
    this.#logger.info({ articles, dir: this.guildsDir }, `loaded ${articles} server article(s)`);
    return { articles, problems };
  }

  /** The folder of one guild's articles; throws for anything but a Discord id (a bug, never user input). */
  guildDir(guildId: string): string {
    if (!SNOWFLAKE.test(guildId)) throw new Error(`not a Discord server id: ${JSON.stringify(guildId)}`);
    return join(this.guildsDir, guildId);
  }

  /** Ingest `text` as an article of `guildId`, then store it; answerable when this resolves. */
  async add(guildId: string, text: string): Promise<AddResult> {
    const dir = this.guildDir(guildId);
    const hash = contentHash(text);
    let name = articleName(text);
    let file = join(dir, `${name}.txt`);
    if (this.#known.has(file) && this.#known.get(file)?.hash !== hash) {
      name = articleName(text, 16);
      file = join(dir, `${name}.txt`);
    }
    const id = guildArticleId(guildId, name);
    const existing = this.#engine.article(id);
    if (existing !== undefined && this.#known.get(file)?.hash === hash) return { ok: true, article: existing, status: 'unchanged' };

    let article: Article;
    try {
      article = this.#engine.add({ id, text, file });
    } catch (error) {
      this.#engine.remove(id);
      return { ok: false, problem: 'unreadable', detail: (error as Error).message };
    }
    if (article.paragraphs.length === 0) {
      this.#engine.remove(id);
      return { ok: false, problem: 'no-paragraphs', detail: 'no article paragraphs were found' };
    }
    this.#known.set(file, { id, hash });
    this.#writing.add(file);
    try {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(file, text);
    } catch (error) {
      this.#known.delete(file);
      this.#engine.remove(id);
      this.#logger.error({ err: error, file }, 'could not store an uploaded article');
      return { ok: false, problem: 'storage', detail: (error as NodeJS.ErrnoException).code ?? 'error' };
    } finally {
      this.#writing.delete(file);
    }
    this.#rejected.delete(file);
    this.#logger.info({ guild: guildId, id, file, paragraphs: article.paragraphs.length }, `article ${id} added from Discord`);
    return { ok: true, article, status: 'added' };
  }

  /** Delete guild `guildId`'s article `name` (its file, then its index entries). */
  async remove(guildId: string, name: string): Promise<RemoveResult> {
    const dir = this.guildDir(guildId);
    const id = guildArticleId(guildId, name);
    const entry = [...this.#known.entries()].find(([file, k]) => k.id === id && dirname(file) === dir);
    if (entry === undefined) return { ok: false, problem: 'not-found', detail: id };
    const [file] = entry;
    try {
      await unlink(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return { ok: false, problem: 'storage', detail: code ?? 'error' };
    }
    this.#known.delete(file);
    const article = this.#engine.article(id);
    this.#engine.remove(id);
    this.#logger.info({ guild: guildId, id, file }, `article ${id} removed from Discord`);
    return { ok: true, article };
  }

  /** The article id a path in DATA_DIR stands for, or null when it is not an article file. */
  idOf(path: string): string | null {
    const file = resolve(path);
    const dir = dirname(file);
    const name = basename(file);
    if (!isArticleFileName(name)) return null;
    if (dir === this.dataDir) return baseName(name);
    if (dirname(dir) === this.guildsDir && SNOWFLAKE.test(basename(dir))) return guildArticleId(basename(dir), baseName(name));
    return null;
  }

  /** Bring the engine in line with one file (created, changed or deleted); null when nothing changed. */
  sync(path: string): StoreChange | null {
    const file = resolve(path);
    const id = this.idOf(file);
    if (id === null || this.#writing.has(file)) return null;
    const known = this.#known.get(file);
    const read = this.#readText(file);
    if (read === null) {
      this.#rejected.delete(file);
      if (known === undefined) return null;
      this.#known.delete(file);
      this.#engine.remove(known.id);
      return { kind: 'removed', id: known.id, file };
    }
    const hash = 'text' in read ? contentHash(read.text) : `!${read.reason}`;
    if (known?.hash === hash || this.#rejected.get(file) === hash) return null;
    const reject = (reason: string): StoreChange => {
      if (known !== undefined) this.#engine.remove(known.id);
      this.#known.delete(file);
      this.#rejected.set(file, hash);
      return { kind: 'rejected', id, file, reason, removed: known !== undefined };
    };
    if ('reason' in read) return reject(read.reason);
    const twin = [...this.#known.entries()].find(([other, k]) => k.id === id && other !== file);
    if (twin !== undefined) return reject(`${basename(twin[0])} already provides the article id ${id}`);
    try {
      const article = this.#engine.add({ id, text: read.text, file });
      if (article.paragraphs.length === 0) return reject('no article paragraphs were found in it (only short lines or headings)');
      this.#known.set(file, { id, hash });
      this.#rejected.delete(file);
      return { kind: known === undefined ? 'added' : 'updated', id, file, title: article.meta.title };
    } catch (error) {
      return reject(`it could not be read as an article (${(error as Error).message})`);
    }
  }

  /** Reconcile a whole folder (DATA_DIR or one guild's): its files, and known files that vanished with it. */
  syncDir(path: string): StoreChange[] {
    const dir = resolve(path);
    const paths = new Set(listDir(dir).map((name) => join(dir, name)));
    for (const file of this.#known.keys()) if (dirname(file) === dir) paths.add(file);
    return [...paths].sort().map((file) => this.sync(file)).filter((c): c is StoreChange => c !== null);
  }

  /** Whether the store currently serves `path` (for tests and diagnostics). */
  knows(path: string): boolean {
    return this.#known.has(resolve(path));
  }

  // null: no such file (or not a regular file). A reason: present but not a readable article.
  #readText(file: string): { text: string } | { reason: string } | null {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return null;
      if (stat.size > this.#maxBytes) {
        return { reason: `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(this.#maxBytes / 1048576).toFixed(1)} MB limit` };
      }
      return decodeArticle(readFileSync(file), this.#maxBytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? null : { reason: `the file cannot be read (${code ?? 'error'})` };
    }
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
