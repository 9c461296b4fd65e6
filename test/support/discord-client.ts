// Helpers to point a real discord.js Client at the fake Discord.
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { ClientOptions } from 'discord.js';
import type { FakeDiscord } from './fake-discord.ts';

/** Token used by tests; the `.canary` part makes leaks easy to grep for. */
export const TEST_TOKEN = 'test-token.canary';

/**
 * An identify throttler that never waits. discord.js' default spaces IDENTIFYs 5 s apart per
 * max_concurrency bucket, which makes re-identify and multi-shard tests slow.
 */
export const noIdentifyThrottle = { waitForIdentify: (): Promise<void> => Promise.resolve() };

/**
 * Client options for the fake: REST at `fake.apiUrl` (short timeout), no identify throttling, and the intents the
 * bot uses (Guilds, GuildMessages, DirectMessages). `overrides` are merged (`rest` and `ws` shallowly).
 */
export function fakeClientOptions(fake: FakeDiscord, overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    ...overrides,
    rest: { timeout: 5_000, ...overrides.rest, api: fake.apiUrl },
    ws: { buildIdentifyThrottler: () => noIdentifyThrottle, ...overrides.ws },
  };
}

/** Logs in and resolves on ClientReady (rejects on timeout or login failure). */
export async function loginToFake(client: Client, token: string = TEST_TOKEN, timeoutMs = 5_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = () => resolve();
    client.once(Events.ClientReady, onReady);
    timer = setTimeout(() => reject(new Error(`discord.js client not ready after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.all([client.login(token), ready]);
  } finally {
    clearTimeout(timer);
    if (onReady) client.off(Events.ClientReady, onReady);
  }
}

/** new Client(fakeClientOptions(fake, overrides)) */
export function createFakeClient(fake: FakeDiscord, overrides: Partial<ClientOptions> = {}): Client {
  return new Client(fakeClientOptions(fake, overrides));
}
