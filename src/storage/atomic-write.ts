/**
 * Writing a file so that readers (a restart, the watcher, another process) see either the old
 * content or the new one, never half of it: write a hidden temporary file in the same folder, flush
 * it to disk, then rename it over the target (atomic on POSIX file systems).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of the temporary files; never an article extension, so loaders and the watcher skip them. */
export const TEMP_SUFFIX = '.tmp';

/** Replace `path` with `data` atomically; on failure the target is untouched and no temp file is left. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

// Flush the folder entry too, so the rename survives a power cut. Best effort: not every platform allows it.
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Directory fsync is unsupported on some file systems (and on Windows); the data itself is flushed.
  }
}
