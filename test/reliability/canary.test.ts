// Secrets: the bot process runs with a canary token at debug level while errors are driven through
// the fake Discord (REST 500s carrying interaction-token URLs, 10062, 429, gateway drops, an invalid
// session, a bad configuration). The canary and every interaction token must appear nowhere: not on
// stdout, not on stderr, not in anything sent to Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config-error.ts';
import { loadConfig } from '../../src/config.ts';
import { APPLICATION_ID, startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { killQuietly, logLines, spawnTsx, type Spawned } from './helpers/process.ts';

// Not token-shaped on purpose: only the exact-value scrubbing (the configured secret) can remove it.
const CANARY = `kutip-canary-${Date.now().toString(36)}-never-print-me`;
const QUESTION = "Who said Russia supports North Korea's nuclear program?";

describe('GIVEN the bot running with a canary token', () => {
  let fake: FakeDiscord;
  let bot: Spawned | undefined;
  const interactionTokens: string[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: CANARY, heartbeatIntervalMs: 250 });
    bot = spawnTsx('src/main.ts', [], { env: { DISCORD_TOKEN: CANARY, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' } });
    await bot.waitForOutput(/Kutip is online/, 40_000);
  }, 45_000);

  afterAll(async () => {
    killQuietly(bot);
    await fake?.close();
  });

  const ask = (question = QUESTION) => {
    const sent = fake.sendCommand({ name: 'ask', options: { question } });
    interactionTokens.push(sent.token);
    return fake.interactionResponse(sent.id, { timeoutMs: 8000 });
  };

  it('WHEN errors are driven through REST, the gateway and the configuration THEN neither the token nor any interaction token is printed or sent', async () => {
    await ask();
    // A 500 on every retry of the reply: the error (with the callback URL) is logged, the apology sent.
    fake.failNext({ method: 'POST', pathPattern: '/callback', status: 500, times: 4 });
    await ask();
    // The same for a deferred edit path is covered in faults.test.ts; here: 10062 and 429.
    fake.failNext({ method: 'POST', pathPattern: '/callback', status: 404 });
    const expired = fake.sendCommand({ name: 'ask', options: { question: QUESTION } });
    interactionTokens.push(expired.token);
    fake.failNext({ method: 'POST', pathPattern: '/callback', status: 429, retryAfter: 0.2 });
    await ask();
    // A question quoting the interaction-token route shape, and one at the length limit.
    await ask(`/webhooks/${APPLICATION_ID}/${'x'.repeat(40)}/messages/@original ${QUESTION}`);
    await ask('?'.repeat(600));
    // Gateway trouble: a drop (the RESUME carries the token)...
    const resumes = fake.resumeCount;
    fake.closeGateway(4000);
    await bot?.waitForOutput(/"msg":"gateway resumed"/, 8000);
    // ...then a drop answered by RESUMED and at once INVALID_SESSION (a new IDENTIFY carries the token).
    // discord.js's RESUMED handler may then throw (session already cleared): an unhandled rejection
    // that the process must survive and log through the scrubbing logger.
    fake.closeGateway(1006);
    await fake.waitUntil(() => fake.resumeCount > resumes + 1, 8000, 'a second RESUME');
    const identifies = fake.identifyCount;
    fake.invalidateSession(false);
    await fake.waitUntil(() => fake.identifyCount > identifies, 8000, 'a new IDENTIFY');
    await fake.waitForConnected(0, 8000);
    await ask();

    const logs = logLines(bot?.stderr() ?? '');
    // The errors did happen and were logged (otherwise this test would prove nothing).
    expect(logs.some((l) => l['msg'] === 'handler failed')).toBe(true);
    expect(logs.some((l) => l['code'] === 10062)).toBe(true);
    expect(logs.some((l) => l['msg'] === 'gateway resumed')).toBe(true);
    expect(bot?.stderr()).not.toMatch(/^kutip: unhandled rejection/m);
    expect(bot?.stderr()).toContain('[redacted]');

    const output = `${bot?.stdout() ?? ''}\n${bot?.stderr() ?? ''}`;
    expect(output).not.toContain(CANARY);
    for (const token of interactionTokens) expect(output).not.toContain(token);
    const sent = JSON.stringify(fake.messagesSent().map((m) => m.payload));
    expect(sent).not.toContain(CANARY);
    for (const token of interactionTokens) expect(sent).not.toContain(token);
    // Every REST request authenticated with the canary, and the fake never recorded it either.
    expect(fake.requests.every((r) => r.hasAuth || r.path.startsWith('/interactions/') || r.path.startsWith('/webhooks/'))).toBe(true);
    expect(JSON.stringify(fake.requests)).not.toContain(CANARY);
  });

  it('WHEN the token is malformed THEN the configuration error names the variable but never repeats the token', () => {
    for (const token of [`Bot ${CANARY}`, `${CANARY} trailing`]) {
      let message = '';
      try {
        loadConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: APPLICATION_ID });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toContain('DISCORD_TOKEN');
      expect(message).not.toContain(CANARY);
    }
  });
});
