/**
 * Start-up: wall time from spawning the CLI to its first answer on stdout (`npm run ask` with the
 * bundled article), cold (no index cache exists yet), plus the hook for a persisted index.
 */
import { spawn } from 'node:child_process';
import type { Engine } from '../src/engine/index.ts';

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
export function timeCommand(label: string, command: string, args: readonly string[], cwd: string, timeoutMs = 60_000): Promise<StartupRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    let first: number | null = null;
    let out = '';
    let err = '';
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
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
 * HOOK — restart with a persisted index (issue 4 target: under 2 s at 100k paragraphs). The engine
 * has no persisted index yet (a separate task). When it does, implement this in the worker:
 * build over the corpus file and `save` (untimed), then in a fresh process time from process start
 * through `load` to the first answer, and report it beside the cold start in run.ts.
 */
export interface PersistedIndexHook {
  save(engine: Engine, file: string): void | Promise<void>;
  load(file: string): Engine | Promise<Engine>;
}

/** Set when the engine can persist its index; null means "not available yet" in the report. */
export const persistedIndex: PersistedIndexHook | null = null;
