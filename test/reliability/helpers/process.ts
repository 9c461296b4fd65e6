/**
 * Running Kutip's entry points as real processes with captured output: `node --import tsx <script>`,
 * what `npm start` runs for the bot and what `npm run ask` runs without a fresh bundle (scripts/launch.mjs). Not the tsx CLI wrapper: it relays
 * signals to the node process under it and SIGKILLs that process when it does not confirm receipt
 * within 30 ms (tsx 4.x), which a busy host turns into an unclean exit with code 143.
 * The environment is pinned so that a developer's `.env` (which dotenv would read) cannot change what
 * a test runs: every Kutip variable is set, empty meaning "not set".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every variable Kutip reads, unset (empty), over the parent's environment. */
export const CLEAN_ENV: Readonly<Record<string, string>> = {
  DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: '', DISCORD_API_URL: '', DATA_DIR: 'data/articles',
  LOG_LEVEL: 'info', MAX_ARTICLE_BYTES: '', CONVERSATION_TTL_MINUTES: '', CONVERSATION_MAX: '', RATE_LIMIT: '', SHARDS: '',
};

/** How a process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() at exit. */
  at: number;
}

/** A running process with its output collected. */
export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
  /** Resolves when stderr (or stdout) matches; rejects on exit or timeout, with the output so far. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Send a signal; returns Date.now() at sending. */
  signal(signal: NodeJS.Signals): number;
}

/** `node --import tsx <script> ...args` in the repository root; `env` overrides CLEAN_ENV. Stdin is closed after `input` (if given). */
export function spawnTsx(script: string, args: readonly string[], options: { env?: Record<string, string>; input?: string | Buffer } = {}): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...CLEAN_ENV, FORCE_COLOR: '0', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group, so a leftover process and its shard processes can be killed together.
    detached: true,
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const listeners = new Set<() => void>();
  let closed = false;
  const changed = () => { for (const l of listeners) l(); };
  child.stdout?.on('data', (b: Buffer) => { out.push(b); changed(); });
  child.stderr?.on('data', (b: Buffer) => { err.push(b); changed(); });
  const exited = new Promise<Exit>((resolve) => {
    child.once('close', (code, signal) => {
      closed = true;
      resolve({ code, signal, at: Date.now() });
      changed();
    });
  });
  // A broken pipe (the process exited before reading all input) must not crash the test runner.
  child.stdin?.on('error', () => undefined);
  if (options.input !== undefined) child.stdin?.end(options.input);
  const stdout = () => Buffer.concat(out).toString('utf8');
  const stderr = () => Buffer.concat(err).toString('utf8');
  return {
    child, stdout, stderr, exited,
    waitForOutput: (pattern, timeoutMs = 15_000) => new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(stderr()) || pattern.test(stdout())) return done(null);
        if (closed) return done(new Error(`process exited before ${pattern}:\n--- stdout\n${stdout()}\n--- stderr\n${stderr()}`));
      };
      const timer = setTimeout(() => done(new Error(`no ${pattern} after ${timeoutMs} ms:\n--- stdout\n${stdout()}\n--- stderr\n${stderr()}`)), timeoutMs);
      const done = (error: Error | null) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error === null) resolve();
        else reject(error);
      };
      listeners.add(check);
      check();
    }),
    signal: (signal) => {
      const at = Date.now();
      child.kill(signal);
      return at;
    },
  };
}

/** Kill whatever a failed test left running: the whole process group (with shard processes). Never throws. */
export function killQuietly(spawned: Spawned | undefined): void {
  const pid = spawned?.child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Parse pino's JSON log lines from captured stderr (other lines are skipped). */
export function logLines(text: string): Array<Record<string, unknown>> {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}
