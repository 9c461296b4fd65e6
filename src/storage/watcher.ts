/**
 * Picks up changes made to DATA_DIR outside Discord (an editor, a deploy, rsync) without a restart:
 * `fs.watch` on DATA_DIR, on DATA_DIR/guilds and on the folder of each server this process holds
 * (another shard's servers are its business), debounced per path (one save is often several
 * events), each settled change applied through the store (ingested off the event loop) and logged
 * once. Folders that appear later (a new guild, DATA_DIR/guilds itself) are watched as they
 * appear; folders that vanish take their articles with them.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { SNOWFLAKE } from './article-ids.ts';
import type { GuildArticleStore, StoreChange } from './guild-store.ts';

/** Options for `watchDataDir`. */
export interface WatcherOptions {
  /** Quiet time before a path's events are applied (default 200 ms). */
  debounceMs?: number;
}

/** A running watcher. */
export interface DataDirWatcher {
  /** Stop watching (idempotent); pending changes are dropped. */
  close(): void;
  /** Resolves once no change is pending (for tests). */
  settled(): Promise<void>;
}

/** One log line per applied change. */
export function logChange(logger: Logger, change: StoreChange): void {
  const { id, file } = change;
  switch (change.kind) {
    case 'added':
      logger.info({ id, file }, `article ${id} added from ${file}`);
      break;
    case 'updated':
      logger.info({ id, file }, `article ${id} updated from ${file}`);
      break;
    case 'removed':
      logger.info({ id, file }, `article ${id} removed: ${file} was deleted`);
      break;
    case 'rejected':
      logger.warn({ id, file, reason: change.reason },
        `skipped article ${file}: ${change.reason}${change.removed ? ' (its previous version is no longer served)' : ''}`);
      break;
  }
}

/** Watch the store's DATA_DIR and keep the engine in step with it. */
export function watchDataDir(store: GuildArticleStore, logger: Logger, options: WatcherOptions = {}): DataDirWatcher {
  const debounceMs = options.debounceMs ?? 200;
  const watchers = new Map<string, FSWatcher>();
  const timers = new Map<string, NodeJS.Timeout>();
  let waiting: (() => void)[] = [];
  let closed = false;
  /** Changes being applied (ingestion runs on another thread: they take a while). */
  let applying = 0;

  const release = (): void => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve();
  };

  function watchFolder(dir: string): void {
    if (closed || watchers.has(dir)) return;
    try {
      const watcher = watch(dir, { persistent: false }, (_event, filename) => onEvent(dir, filename));
      // The folder was deleted or became unreadable: its parent's events bring it back if it returns.
      watcher.on('error', () => unwatch(dir));
      watchers.set(dir, watcher);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') logger.warn({ err: error, dir }, `cannot watch ${dir} for changes`);
    }
  }

  function unwatch(dir: string): void {
    watchers.get(dir)?.close();
    watchers.delete(dir);
  }

  async function syncGuildDir(dir: string): Promise<void> {
    // Another shard's server: neither watched nor read here.
    const served = store.serves(basename(dir));
    if (served && isDirectory(dir)) watchFolder(dir);
    else unwatch(dir);
    if (!served) return;
    for (const change of await store.syncDir(dir)) logChange(logger, change);
  }

  async function apply(path: string): Promise<void> {
    try {
      if (path === store.dataDir) {
        for (const change of await store.syncDir(path)) logChange(logger, change);
      } else if (path === store.guildsDir) {
        if (isDirectory(path)) watchFolder(path);
        else unwatch(path);
        const guilds = new Set([...guildFolders(path), ...[...watchers.keys()].filter((d) => dirname(d) === path).map((d) => basename(d))]);
        for (const guild of guilds) await syncGuildDir(join(path, guild));
      } else if (dirname(path) === store.guildsDir) {
        await syncGuildDir(path);
      } else {
        const change = await store.sync(path);
        if (change !== null) logChange(logger, change);
      }
    } catch (error) {
      logger.error({ err: error, path }, 'could not apply a change in the data folder');
    }
  }

  function schedule(path: string): void {
    if (closed) return;
    clearTimeout(timers.get(path));
    timers.set(path, setTimeout(() => {
      timers.delete(path);
      applying += 1;
      void apply(path).finally(() => {
        applying -= 1;
        if (timers.size === 0 && applying === 0) release();
      });
    }, debounceMs));
  }

  function onEvent(dir: string, filename: string | null): void {
    // Some platforms give no file name: re-read the whole folder.
    if (filename === null) return schedule(dir);
    if (dir === store.dataDir) schedule(filename === basename(store.guildsDir) ? store.guildsDir : join(dir, filename));
    else if (dir === store.guildsDir) {
      if (SNOWFLAKE.test(filename)) schedule(join(dir, filename));
    } else schedule(join(dir, filename));
  }

  watchFolder(store.dataDir);
  watchFolder(store.guildsDir);
  for (const guild of guildFolders(store.guildsDir)) if (store.serves(guild)) watchFolder(join(store.guildsDir, guild));
  // A server joined (its folder is watched from now on) or left (no longer).
  store.onScopeChange((guild, served) => {
    const dir = join(store.guildsDir, guild);
    if (served && isDirectory(dir)) watchFolder(dir);
    else if (!served) unwatch(dir);
  });
  logger.info({ dir: store.dataDir }, `watching ${store.dataDir} for article changes`);

  return {
    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const dir of [...watchers.keys()]) unwatch(dir);
      release();
    },
    settled: () => (timers.size === 0 && applying === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function guildFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && SNOWFLAKE.test(e.name)).map((e) => e.name);
  } catch {
    return [];
  }
}
