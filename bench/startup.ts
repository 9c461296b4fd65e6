/**
 * Start-up: wall time from spawning the CLI to its first answer on stdout (`npm run ask` with the
 * bundled article), and over a benchmark corpus on disk, cold and restarted with the persisted index.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';

export interface StartupRun {
  label: string;
  /** Spawn → first non-empty stdout chunk (the answer). */
  firstAnswerMs: number | null;
  exitMs: number;
  ok: boolean;
  detail: string;
}

export const STARTUP_QUESTION = "Who is NATO's secretary general?";

/** Run a command and time its first line of output. */
export function timeCommand(label: string, command: string, args: readonly string[], cwd: string, timeoutMs = 60_000, env: Record<string, string> = {}): Promise<StartupRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    let first: number | null = null;
    let out = '';
    let err = '';
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (first === null && chunk.toString().trim()) first = performance.now() - start;
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ok = code === 0 && first !== null;
      resolve({ label, firstAnswerMs: first, exitMs: performance.now() - start, ok, detail: (ok ? out : `${err}${out}`).trim().split('\n')[0]?.slice(0, 120) ?? '' });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ label, firstAnswerMs: null, exitMs: performance.now() - start, ok: false, detail: e.message });
    });
  });
}

/**
 * Start-up of what `npm run ask` runs (scripts/launch.mjs: the prebuilt bundle when fresh), then the
 * TypeScript sources through tsx, for comparison (first run = coldest file cache).
 */
export async function measureStartup(root: string, runs = 3): Promise<StartupRun[]> {
  const out: StartupRun[] = [];
  for (let i = 1; i <= runs; i += 1) out.push(await timeCommand(`node scripts/launch.mjs ask (run ${i})`, process.execPath, ['scripts/launch.mjs', 'ask', STARTUP_QUESTION], root));
  for (let i = 1; i <= runs; i += 1) out.push(await timeCommand(`node --import tsx src/cli/ask.ts (run ${i})`, process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', STARTUP_QUESTION], root));
  return out;
}

/**
 * Start-up over a corpus on disk, the way a user runs it: `node scripts/launch.mjs ask --data DIR`
 * with INDEX_CACHE pointing at a fresh file. The first run has no cache (it reads every file,
 * indexes, writes the cache); the second is a restart that reads the persisted index.
 */
export async function measureCorpusStartup(root: string, dir: string, cacheFile: string, question: string): Promise<{ cold: StartupRun; restart: StartupRun; cacheBytes: number | null }> {
  rmSync(cacheFile, { force: true });
  const env = { INDEX_CACHE: cacheFile };
  const args = ['scripts/launch.mjs', 'ask', '--data', dir, question];
  const cold = await timeCommand('cold: read files, index, write cache', process.execPath, args, root, 20 * 60_000, env);
  const cacheBytes = existsSync(cacheFile) ? statSync(cacheFile).size : null;
  const restart = await timeCommand('restart: persisted index', process.execPath, args, root, 20 * 60_000, env);
  return { cold, restart, cacheBytes };
}
