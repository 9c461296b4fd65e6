/**
 * The load driver shared by `npm run loadtest` and the CI burst (test/reliability/load.test.ts):
 * dispatch `/ask` interactions through the fake Discord's gateway at a steady rate, each from its own
 * user, and collect what Discord would see: the acknowledgement latency (dispatch → interaction
 * callback) and whether an answer arrived.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeDiscord } from '../../test/support/fake-discord.ts';

/** Questions about the bundled article (data/articles), both languages, found and not found, with typos. */
export const LOAD_QUESTIONS: readonly string[] = [
  "Who said Russia supports North Korea's nuclear program?",
  'Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?',
  'Kapan Rutte menyampaikan pernyataan itu?',
  'When did Rutte say it?',
  'What did Russia get in return?',
  'Apa imbalan yang diterima Rusia?',
  'Where did Rutte speak?',
  'Siapa yang melaporkan berita ini?',
  'Who is the NATO secretary general?',
  'Berapa jumlah pasukan yang dikirim?',
  'What is the capital of France?',
  'Siapa yng mengatakn rusia mendukng nuklir?',
  'Why is the alliance a threat to the United States?',
  'Apa kata Trump?',
];

/** Options for `runBurst`. */
export interface BurstOptions {
  fake: FakeDiscord;
  /** Interactions to dispatch. */
  count: number;
  /** Spread evenly over this long (0: all at once). */
  durationMs: number;
  /** Most interactions waiting for their answer at once (default unlimited); dispatch pauses beyond it. */
  maxInFlight?: number;
  /** First user index (users are distinct across calls when this advances). */
  firstUser?: number;
  /** How long to wait for each answer (default 10 s). */
  timeoutMs?: number;
  questions?: readonly string[];
}

/** What a burst produced. */
export interface BurstResult {
  sent: number;
  /** Acknowledged at all (callback received). */
  acknowledged: number;
  /** Acknowledged in under 3 s, as Discord requires. */
  acknowledgedInTime: number;
  /** Replies carrying an answer (found or "the article does not say"), not an error or a refusal. */
  answered: number;
  /** Acknowledgement latencies in ms, sorted. */
  ackMs: number[];
  p50: number;
  p99: number;
  max: number;
  /** Dispatch of the first to the last answer. */
  wallMs: number;
  /** One line per interaction that was not answered properly. */
  failures: string[];
}

/** The q-quantile (0..1) of sorted numbers (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** A snowflake-looking user id for user number `n`. */
export function loadUserId(n: number): string {
  return (1160000000000000000n + BigInt(n)).toString();
}

/** Dispatch `count` /ask interactions at a steady rate and wait for every answer. */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const { fake, count } = options;
  const questions = options.questions ?? LOAD_QUESTIONS;
  const first = options.firstUser ?? 0;
  const maxInFlight = options.maxInFlight ?? Number.POSITIVE_INFINITY;
  const ackMs: number[] = [];
  const failures: string[] = [];
  let answered = 0;
  let inFlight = 0;
  const start = Date.now();
  const pending: Array<Promise<void>> = [];

  for (let i = 0; i < count; i++) {
    const due = start + (options.durationMs * i) / count;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    while (inFlight >= maxInFlight) await sleep(2);
    const n = first + i;
    const question = questions[n % questions.length] ?? 'Who?';
    const sent = fake.sendCommand({ name: 'ask', user: { id: loadUserId(n), username: `reader${n}` }, options: { question } });
    inFlight += 1;
    pending.push(fake.interactionResponse(sent.id, { timeoutMs: options.timeoutMs ?? 10_000 }).then((res) => {
      ackMs.push(res.ackMs);
      const embeds = res.payload?.['embeds'] as Array<{ description?: string }> | undefined;
      if (embeds?.[0]?.description !== undefined && !res.ephemeral) answered += 1;
      else failures.push(`#${n} "${question}": ${res.content ?? JSON.stringify(res.payload).slice(0, 200)}`);
    }, (error: unknown) => {
      failures.push(`#${n} "${question}": ${(error as Error).message}`);
    }).finally(() => {
      inFlight -= 1;
    }));
  }
  await Promise.all(pending);
  ackMs.sort((a, b) => a - b);
  return {
    sent: count,
    acknowledged: ackMs.length,
    acknowledgedInTime: ackMs.filter((ms) => ms < 3000).length,
    answered,
    ackMs,
    p50: quantile(ackMs, 0.5),
    p99: quantile(ackMs, 0.99),
    max: ackMs.at(-1) ?? Number.NaN,
    wallMs: Date.now() - start,
    failures,
  };
}
