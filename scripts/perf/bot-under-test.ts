/**
 * Measurement aid: `npm start` as a real process (the bot from the sources, like production) in any
 * checkout of Kutip (`root`: this one or an older one, to compare), against a fake Discord and a
 * loopback CDN run by the measuring process, so a stall in the bot cannot stall the clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APPLICATION_ID, DEFAULT_CHANNEL_ID, EVERYONE_PERMISSIONS, snowflake, type FakeDiscord } from '../../test/support/fake-discord.ts';

/** Manage Server on top of @everyone: what `/article add` requires. */
export const ADMIN_PERMISSIONS = String(BigInt(EVERYONE_PERMISSIONS) | (1n << 5n));
export const TOKEN = 'perf-bot-token.not-a-secret';

/** A loopback file server standing in for Discord's CDN. */
export interface Cdn {
  url: string;
  /** Serve `body` and return its URL. */
  serve(name: string, body: string): string;
  close(): Promise<void>;
}

export async function startCdn(): Promise<Cdn> {
  const files = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    serve(name, body) {
      const path = `/attachments/${DEFAULT_CHANNEL_ID}/${snowflake()}/${encodeURIComponent(name)}`;
      files.set(path, Buffer.from(body));
      return `${url}${path}`;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A bot process and its collected stderr. */
export interface BotProcess {
  child: ChildProcess;
  stderr(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** `node --import tsx src/main.ts` in `root` with every Kutip variable pinned; `env` on top. */
export function startBot(root: string, fake: FakeDiscord, env: Record<string, string>, nodeOptions = ''): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NODE_OPTIONS: nodeOptions,
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '',
      LOG_LEVEL: 'info', RATE_LIMIT: '100000/1s', INDEX_CACHE: 'off', SHARDS: '', MAX_ARTICLE_BYTES: '', ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    child,
    stderr: () => err,
    waitFor: async (pattern, timeoutMs = 120_000) => {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(err)) {
        if (child.exitCode !== null || Date.now() > until) throw new Error(`no ${pattern} from the bot:\n${err.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 6000))]);
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    },
  };
}

/** Parsed pino lines of a bot's stderr. */
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

/** p-th percentile (0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
