/**
 * `npm run loadtest`: Kutip under bursts, through the fake Discord (test/support) on loopback.
 *   1. 500 `/ask` interactions in 10 s: every one acknowledged under 3 s and answered; p50/p99 ack latency.
 *   2. 10,000 more, from 10,000 distinct users: the bot's heap (its own process, after a full GC) before,
 *      half-way and after, with every bounded structure's size, checked against stated bounds.
 * Exits 1 when a check fails. Options: --burst N --seconds S --volume N (defaults 500, 10, 10000).
 * Run it on an otherwise idle machine: the figures are latencies.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APPLICATION_ID, startFakeDiscord } from '../test/support/fake-discord.ts';
import type { Measurement } from './loadtest/bot-process.ts';
import { runBurst, type BurstResult } from './loadtest/burst.ts';

/** Heap growth over the volume phase (after GC) that counts as a leak. */
const HEAP_GROWTH_BOUND_MB = 64;
/** Growth over the second half of the volume phase, once the bounded caches are full. */
const SECOND_HALF_GROWTH_BOUND_MB = 16;

const { values } = parseArgs({
  options: {
    burst: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '10' },
    volume: { type: 'string', default: '10000' },
  },
});
const burstCount = Number(values.burst);
const burstSeconds = Number(values.seconds);
const volume = Number(values.volume);

const TOKEN = 'loadtest-token.not-a-secret';
const fake = await startFakeDiscord({ token: TOKEN });
const bot = fork(fileURLToPath(new URL('./loadtest/bot-process.ts', import.meta.url)), [], {
  execArgv: ['--expose-gc', '--import', 'tsx'],
  env: {
    ...withoutShardVariables(process.env), DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl,
    DATA_DIR: process.env['DATA_DIR'] ?? 'data/articles', LOG_LEVEL: 'warn', RATE_LIMIT: '5/30s',
  },
});
bot.once('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`the bot process exited unexpectedly (code ${String(code)})\n`);
    process.exit(1);
  }
});
let stopping = false;

/** One bot process, whatever SHARDS says (discord.js's Client would read SHARDS/SHARD_COUNT itself). */
function withoutShardVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest['SHARDS'];
  delete rest['SHARD_COUNT'];
  return rest;
}

function request<T>(child: ChildProcess, type: string, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (message: { type?: string }) => {
      if (message.type !== reply) return;
      child.off('message', on);
      resolve(message as T);
    };
    child.on('message', on);
    if (type !== '') child.send({ type });
  });
}
const measure = async (): Promise<Measurement> => (await request<{ measurement: Measurement }>(bot, 'measure', 'measurement')).measurement;

const checks: Array<{ what: string; ok: boolean }> = [];
const check = (what: string, ok: boolean) => checks.push({ what, ok });
const line = (text: string) => process.stdout.write(`${text}\n`);
const summary = (r: BurstResult) =>
  `${r.sent} sent, ${r.acknowledged} acknowledged (${r.acknowledgedInTime} under 3 s), ${r.answered} answered in ${(r.wallMs / 1000).toFixed(1)} s; ack p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms`;

try {
  await request(bot, '', 'ready');
  // Warm-up (JIT, lazily built fuzzy indexes), not counted.
  await runBurst({ fake, count: 50, durationMs: 1000, firstUser: 1_000_000 });

  line(`Burst: ${burstCount} /ask in ${burstSeconds} s`);
  const burst = await runBurst({ fake, count: burstCount, durationMs: burstSeconds * 1000 });
  line(`  ${summary(burst)}`);
  for (const f of burst.failures.slice(0, 5)) line(`  not answered: ${f}`);
  check(`all ${burstCount} acknowledged under 3 s`, burst.acknowledgedInTime === burstCount);
  check(`all ${burstCount} answered`, burst.answered === burstCount);

  const before = await measure();
  line(`\nVolume: ${volume} /ask from ${volume} distinct users (at most 50 waiting at once)`);
  line(`  before: ${JSON.stringify(before)}`);
  const half = Math.floor(volume / 2);
  const first = await runBurst({ fake, count: half, durationMs: 0, maxInFlight: 50, firstUser: 10_000, timeoutMs: 30_000 });
  const middle = await measure();
  line(`  after ${half}: ${JSON.stringify(middle)}`);
  const second = await runBurst({ fake, count: volume - half, durationMs: 0, maxInFlight: 50, firstUser: 10_000 + half, timeoutMs: 30_000 });
  const after = await measure();
  line(`  after ${volume}: ${JSON.stringify(after)}`);
  line(`  first half: ${summary(first)}`);
  line(`  second half: ${summary(second)}`);
  const growth = after.heapUsedMB - before.heapUsedMB;
  const secondHalf = after.heapUsedMB - middle.heapUsedMB;
  line(`  heap used: ${before.heapUsedMB} MB → ${middle.heapUsedMB} MB → ${after.heapUsedMB} MB (growth ${growth.toFixed(1)} MB; second half ${secondHalf.toFixed(1)} MB)`);

  check(`all ${volume} answered`, first.answered + second.answered === volume);
  check(`heap growth over ${volume} interactions ≤ ${HEAP_GROWTH_BOUND_MB} MB`, growth <= HEAP_GROWTH_BOUND_MB);
  check(`heap growth over the second half ≤ ${SECOND_HALF_GROWTH_BOUND_MB} MB (caches full: flat)`, secondHalf <= SECOND_HALF_GROWTH_BOUND_MB);
  check('conversations ≤ CONVERSATION_MAX (5000)', after.conversations <= 5000);
  check('message links ≤ 4 × CONVERSATION_MAX', after.messageLinks <= 20_000);
  check('stored answers ≤ CONVERSATION_MAX', after.storedAnswers <= 5000);
  check('rate limiter ≤ 10,000 users', after.limiterUsers <= 10_000);
  check('cached users ≤ 1000 + the bot (makeCache)', after.cachedUsers <= 1001);
  check('cached members ≤ 50 per guild (makeCache)', after.cachedMembers <= 50);
} finally {
  stopping = true;
  bot.send({ type: 'stop' });
  await new Promise((resolve) => bot.once('exit', resolve));
  await fake.close();
}

line('');
for (const c of checks) line(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
