/**
 * The article files behind the engine, kept in step with it:
 *
 *   DATA_DIR/<name>.txt|.md                     bundled, visible in every server (id "<name>")
 *   DATA_DIR/guilds/<guildId>/<name>.txt|.md    added in one server (id "g<guildId>/<name>")
 *
 * Only the servers this process serves are held: all of them in one process, else those of its
 * shards (`serves`), then exactly the servers Discord says the bot is in (`retainGuilds`, on ready),
 * plus those it joins (`serveGuild`) minus those it leaves (`dropGuild`: their files stay, for a
 * return or another shard). Uploads always go to DATA_DIR/guilds/<id>/, so resharding moves nothing.
 *
 * Texts are ingested by the engine's ingestion thread (`Engine.ingest`), so an upload or a folder
 * being read never stalls the answers of other servers. An upload is ingested first (so a text
 * without article paragraphs changes nothing), then written atomically; it is answerable once
 * `add` resolves. `sync` reconciles paths with the engine, for the watcher; a file's content hash
 * tells a real change from the echo of the store's own write. Every change to the engine goes
 * through one queue, in order, so an upload, a removal and the watcher never interleave.
 */
import { mkdirSync } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Article, Engine, LoadProblem } from '../engine/index.ts';
import { count } from '../logger.ts';
import { articleHeading } from '../engine/index.ts';
import { articleName, bodyHash, contentHash, guildArticleId, isArticleFileName, baseName, SNOWFLAKE } from './article-ids.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { listDir, readArticleText } from './read-article.ts';
import { reconcileFiles, type Known, type StoreChange } from './reconcile.ts';
import { ServerScope } from './server-scope.ts';

export type { StoreChange } from './reconcile.ts';

/** What the store needs. */
export interface GuildStoreOptions {
  dataDir: string;
  engine: Engine;
  logger: Logger;
  /** Files over this size are not read (MAX_ARTICLE_BYTES). */
  maxBytes: number;
  /** The servers this process holds until Discord's list is known (default: all; a shard: its own). */
  serves?: (guildId: string) => boolean;
}

/** Why an upload was not stored (user-facing wording lives in the bot's messages). */
export type StoreProblem = 'no-paragraphs' | 'unreadable' | 'storage';

/** The outcome of `add`. */
export type AddResult =
  | { ok: true; article: Article; status: 'added' | 'unchanged' }
  | { ok: false; problem: StoreProblem; detail: string };

/** The outcome of `remove`. */
export type RemoveResult = { ok: true; article: Article | undefined } | { ok: false; problem: 'not-found' | 'storage'; detail: string };

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
  readonly #scope: ServerScope;
  /** Body hashes of the articles held, computed once each (duplicate uploads are told by their body). */
  readonly #bodies = new WeakMap<Article, string>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: GuildStoreOptions) {
    this.dataDir = resolve(options.dataDir);
    this.guildsDir = join(this.dataDir, GUILDS_DIR);
    this.#engine = options.engine;
    this.#logger = options.logger;
    this.#maxBytes = options.maxBytes;
    this.#scope = new ServerScope(options.serves);
  }

  /** Whether this process holds the articles of `guildId`. */
  serves(guildId: string): boolean {
    return this.#scope.has(guildId);
  }

  /** Told when a server starts or stops being held (the watcher follows its folder). */
  onScopeChange(listener: (guildId: string, served: boolean) => void): void {
    this.#scope.onChange(listener);
  }

  /**
   * Read the served guilds' articles into the engine and remember the bundled files the engine already
   * holds (main loads those with `openCorpus`). Problems are logged, one line per file.
   */
  load(): Promise<{ articles: number; problems: LoadProblem[] }> {
    return this.#serial(async () => {
      try {
        mkdirSync(this.guildsDir, { recursive: true });
      } catch (error) {
        this.#logger.warn({ err: error, dir: this.guildsDir }, `cannot create ${this.guildsDir}: articles cannot be added from Discord`);
      }
      for (const name of listDir(this.dataDir)) {
        const file = join(this.dataDir, name);
        const id = this.idOf(file);
        const text = id === null ? null : readArticleText(file, this.#maxBytes);
        if (id !== null && text !== null && 'text' in text && this.#engine.article(id) !== undefined) {
          this.#known.set(file, { id, hash: contentHash(text.text) });
        }
      }
      const guilds = listDir(this.guildsDir).filter((n) => SNOWFLAKE.test(n) && this.serves(n));
      const files = guilds.flatMap((g) => listDir(join(this.guildsDir, g)).map((name) => join(this.guildsDir, g, name)));
      // Through the ingestion thread even before the bot is online: its caches (stems, words, dates)
      // then live in that thread and go with it when it idles, not in this process's heap for good.
      const changes = await this.#syncFiles(files);
      const result = this.#report(changes);
      this.#logger.info({ articles: result.articles, servers: guilds.length, dir: this.guildsDir }, `loaded ${count(result.articles, 'server article')}`);
      return result;
    });
  }

  /** Hold `guildId` from now on (the bot joined it) and read its folder; returns what changed. */
  serveGuild(guildId: string): Promise<StoreChange[]> {
    return this.#serial(async () => {
      if (!SNOWFLAKE.test(guildId)) return [];
      this.#scope.join(guildId);
      return this.#syncDir(join(this.guildsDir, guildId));
    });
  }

  /** Stop holding `guildId` (the bot left it): its articles leave the engine, its files stay. Returns how many left. */
  dropGuild(guildId: string): Promise<number> {
    return this.#serial(async () => {
      this.#scope.leave(guildId);
      return this.#forget(guildId);
    });
  }

  /**
   * Hold exactly these servers from now on (the guilds Discord listed when the shard became ready):
   * folders of servers the bot is no longer in are dropped, any missing one is read.
   */
  retainGuilds(guildIds: Iterable<string>): Promise<{ dropped: number; added: number }> {
    return this.#serial(async () => {
      const keep = new Set([...guildIds].filter((g) => SNOWFLAKE.test(g)));
      const before = new Set(listDir(this.guildsDir).filter((g) => SNOWFLAKE.test(g) && this.serves(g)));
      this.#scope.replace(keep, before);
      let dropped = 0;
      for (const guildId of before) if (!keep.has(guildId)) dropped += this.#forget(guildId);
      let added = 0;
      for (const guildId of keep) {
        if (!before.has(guildId)) added += (await this.#syncDir(join(this.guildsDir, guildId))).filter((c) => c.kind === 'added').length;
      }
      return { dropped, added };
    });
  }

  /** The folder of one guild's articles; throws for anything but a Discord id (a bug, never user input). */
  guildDir(guildId: string): string {
    if (!SNOWFLAKE.test(guildId)) throw new Error(`not a Discord server id: ${JSON.stringify(guildId)}`);
    return join(this.guildsDir, guildId);
  }

  /** Ingest `text` as an article of `guildId`, then store it; answerable when this resolves. */
  async add(guildId: string, text: string): Promise<AddResult> {
    const dir = this.guildDir(guildId);
    return this.#serial(() => this.#add(guildId, dir, text));
  }

  async #add(guildId: string, dir: string, text: string): Promise<AddResult> {
    // The upload came to this process, so this process serves that server.
    if (!this.serves(guildId)) this.#scope.join(guildId);
    const hash = contentHash(text);
    // Named by its title, not by whatever the paste starts with (a site's menu, its domain).
    const heading = articleHeading(text);
    let name = articleName(text, 6, heading);
    let file = join(dir, `${name}.txt`);
    if (this.#known.has(file) && this.#known.get(file)?.hash !== hash) {
      name = articleName(text, 16, heading);
      file = join(dir, `${name}.txt`);
    }
    const id = guildArticleId(guildId, name);
    const existing = this.#engine.article(id);
    if (existing !== undefined && this.#known.get(file)?.hash === hash) return { ok: true, article: existing, status: 'unchanged' };

    const { articles: [article], failed } = await this.#engine.ingest([{ id, text, file }]);
    if (article === undefined) {
      this.#engine.remove(id);
      return { ok: false, problem: 'unreadable', detail: failed[0]?.reason ?? 'it could not be ingested' };
    }
    if (article.paragraphs.length === 0) {
      this.#engine.remove(id);
      return { ok: false, problem: 'no-paragraphs', detail: 'no article paragraphs were found' };
    }
    // The same article given again another way (pasted into the form after a file, its title in the
    // title field): recognised by its body, as a file given twice is by its bytes.
    const same = this.#sameBody(dir, id, article);
    if (same !== undefined) {
      this.#engine.remove(id);
      return { ok: true, article: same, status: 'unchanged' };
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
    return this.#serial(async () => {
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
    });
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
  sync(path: string): Promise<StoreChange | null> {
    return this.#serial(async () => (await this.#syncFiles([resolve(path)]))[0] ?? null);
  }

  /** Reconcile a whole folder (DATA_DIR or one guild's): its files, and known files that vanished with it. */
  syncDir(path: string): Promise<StoreChange[]> {
    return this.#serial(() => this.#syncDir(path));
  }

  /** Whether the store currently serves `path` (for tests and diagnostics). */
  knows(path: string): boolean {
    return this.#known.has(resolve(path));
  }

  /** Resolves once every change queued so far is applied (for tests and shutdown). */
  idle(): Promise<void> {
    return this.#serial(async () => undefined);
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #syncDir(path: string): Promise<StoreChange[]> {
    const dir = resolve(path);
    const paths = new Set(listDir(dir).map((name) => join(dir, name)));
    for (const file of this.#known.keys()) if (dirname(file) === dir) paths.add(file);
    return this.#syncFiles([...paths].sort());
  }

  /** Whether a path is one this process holds: DATA_DIR itself, or a served guild's folder. */
  #inScope(file: string): boolean {
    const dir = dirname(file);
    return dir === this.dataDir || (dirname(dir) === this.guildsDir && this.serves(basename(dir)));
  }

  /** Reconcile files with the engine: removals and rejections at once, additions ingested together. */
  /** Reconcile files with the engine (see reconcile.ts), within what this process holds. */
  #syncFiles(files: readonly string[]): Promise<StoreChange[]> {
    return reconcileFiles(files, {
      engine: this.#engine, known: this.#known, rejected: this.#rejected, maxBytes: this.#maxBytes,
      idOf: (file) => (this.#writing.has(file) || !this.#inScope(file) ? null : this.idOf(file)),
    });
  }

  /**
   * Another article of the folder `dir` with the body and title of `article` (or the same body and
   * no title on one side), if there is one: a re-titled text is another article.
   */
  #sameBody(dir: string, id: string, article: Article): Article | undefined {
    const body = bodyHash(article.paragraphs);
    const title = (a: Article): string | null => a.meta.title?.replace(/\s+/g, ' ').trim().toLowerCase() ?? null;
    for (const [file, k] of this.#known) {
      if (dirname(file) !== dir || k.id === id) continue;
      const other = this.#engine.article(k.id);
      if (other === undefined) continue;
      let key = this.#bodies.get(other);
      if (key === undefined) {
        key = bodyHash(other.paragraphs);
        this.#bodies.set(other, key);
      }
      if (key === body && (title(other) === title(article) || title(other) === null || title(article) === null)) return other;
    }
    return undefined;
  }

  /** Drop a guild's articles from the engine (not its files); returns how many. */
  #forget(guildId: string): number {
    const dir = join(this.guildsDir, guildId);
    let count = 0;
    for (const [file, k] of [...this.#known.entries()]) {
      if (dirname(file) !== dir) continue;
      this.#known.delete(file);
      this.#engine.remove(k.id);
      count += 1;
    }
    for (const file of [...this.#rejected.keys()]) if (dirname(file) === dir) this.#rejected.delete(file);
    return count;
  }

  #report(changes: readonly StoreChange[]): { articles: number; problems: LoadProblem[] } {
    const problems: LoadProblem[] = [];
    let articles = 0;
    for (const change of changes) {
      if (change.kind === 'rejected') {
        problems.push({ file: change.file, reason: change.reason });
        this.#logger.warn({ file: change.file, reason: change.reason }, `skipped article ${change.file}: ${change.reason}`);
      } else if (change.kind !== 'removed') articles += 1;
    }
    return { articles, problems };
  }
}
