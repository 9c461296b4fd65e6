/**
 * The real bot with the real engine and a real GuildArticleStore over a temp DATA_DIR, against the
 * fake Discord with two servers (A and B), plus a loopback file server standing in for Discord's CDN
 * (DISCORD_CDN_URL points at it; test/support does not serve attachments).
 *
 * The fake builds every interaction with @everyone's permissions and cannot attach files to a slash
 * command, so `command()` patches the INTERACTION_CREATE payload on its way into discord.js (the
 * client's `raw` event fires before the interaction is built): Manage Server for admins, and the
 * attachment option with its `resolved.attachments` entry.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEmitter } from 'node:events';
import { PermissionFlagsBits, type Client } from 'discord.js';
import { expect } from 'vitest';
import { createBot } from '../../../src/bot/client.ts';
import { loadCommands } from '../../../src/bot/command.ts';
import type { BotContext } from '../../../src/bot/context.ts';
import { loadConfig, type BotConfig } from '../../../src/config.ts';
import { openCorpus, type Engine } from '../../../src/engine/index.ts';
import { createLogger } from '../../../src/logger.ts';
import { GuildArticleStore } from '../../../src/storage/guild-store.ts';
import { loginToFake, noIdentifyThrottle, TEST_TOKEN } from '../../support/discord-client.ts';
import {
  APPLICATION_ID, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, EVERYONE_PERMISSIONS, snowflake, startFakeDiscord,
  type CommandInput, type DispatchedInteraction, type FakeDiscord, type ModalSubmitInput,
} from '../../support/fake-discord.ts';

/** Server A is the fake's default guild; B is a second one with its own channel. */
export const GUILD_A = DEFAULT_GUILD_ID;
export const GUILD_B = '1150000000000000777';
export const CHANNEL_B = '1150000000000000778';
const ADMIN_PERMISSIONS = String(BigInt(EVERYONE_PERMISSIONS) | PermissionFlagsBits.ManageGuild);

/** A file the fake CDN serves. `declaredSize` is the attachment metadata's size (default: the real one). */
export interface TestFile {
  name: string;
  body: Buffer | string;
  contentType?: string;
  declaredSize?: number;
  /** Send no Content-Length (chunked), so only counting can catch the size. */
  chunked?: boolean;
  /** Attach this URL instead of the fake CDN's. */
  url?: string;
}

/** A loopback HTTP server serving registered files, recording every request. */
export interface FileServer {
  readonly url: string;
  readonly requests: string[];
  serve(file: TestFile): string;
  close(): Promise<void>;
}

/** Start the stand-in CDN. */
export async function startFileServer(): Promise<FileServer> {
  const files = new Map<string, TestFile>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const file = files.get(req.url ?? '');
    if (file === undefined) return void res.writeHead(404).end();
    const body = Buffer.from(file.body);
    res.writeHead(200, { 'content-type': file.contentType ?? 'text/plain; charset=utf-8', ...(file.chunked === true ? {} : { 'content-length': body.length }) });
    if (file.chunked !== true) return void res.end(body);
    // Chunks of 64 KB; stop quietly if the client aborts.
    let offset = 0;
    const next = (): void => {
      if (offset >= body.length || res.destroyed) return void res.end();
      res.write(body.subarray(offset, offset + 65_536), () => setImmediate(next));
      offset += 65_536;
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    serve(file) {
      const path = `/attachments/${DEFAULT_CHANNEL_ID}/${snowflake()}/${encodeURIComponent(file.name)}`;
      files.set(path, file);
      return `${url}${path}`;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A running bot over a DATA_DIR, with the fake Discord (servers A and B) and the fake CDN. */
export interface GuildHarness {
  fake: FakeDiscord;
  cdn: FileServer;
  client: Client;
  context: BotContext;
  engine: Engine;
  store: GuildArticleStore;
  logs: string[];
  /** Dispatch a command (or autocomplete with `focused`) in a server, as an admin or not, with a file. */
  command(input: CommandInput & { admin?: boolean; file?: TestFile; focused?: string }): DispatchedInteraction;
  /** Submit a modal, as an admin or not. */
  modal(input: ModalSubmitInput & { admin?: boolean }): DispatchedInteraction;
  /** Check the shared guarantees (acks < 3 s, no pings, no secrets in logs), then stop everything. */
  close(): Promise<void>;
}

/** Start the bot over `dataDir` (bundled files in it, guild files under guilds/). */
export async function startGuildHarness(dataDir: string): Promise<GuildHarness> {
  const fake = await startFakeDiscord({
    guilds: [
      { id: GUILD_A, name: 'Server A' },
      { id: GUILD_B, name: 'Server B', channels: [{ id: CHANNEL_B, name: 'general', type: 0 }] },
    ],
  });
  const cdn = await startFileServer();
  const config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_CDN_URL: cdn.url,
    DATA_DIR: dataDir, RATE_LIMIT: '1000/1s',
  }, 'bot') as BotConfig;
  const logs: string[] = [];
  const logger = createLogger('debug', { secrets: [TEST_TOKEN], destination: { write: (l: string) => void logs.push(l) } });
  const { engine } = openCorpus(dataDir);
  const store = new GuildArticleStore({ dataDir, engine, logger, maxBytes: config.maxArticleBytes });
  await store.load();
  const { client, context } = createBot({
    engine, config, logger, store, commands: await loadCommands(),
    clientOptions: { ws: { buildIdentifyThrottler: () => noIdentifyThrottle } },
  });

  const patches = new Map<string, (d: Record<string, unknown>) => void>();
  (client as unknown as EventEmitter).on('raw', (packet: { t?: string; d?: Record<string, unknown> }) => {
    if (packet.t === 'INTERACTION_CREATE' && packet.d !== undefined) patches.get(String(packet.d['id']))?.(packet.d);
  });
  await loginToFake(client, TEST_TOKEN);

  const tracked: DispatchedInteraction[] = [];
  const patch = (sent: DispatchedInteraction, admin: boolean, file: TestFile | undefined): DispatchedInteraction => {
    tracked.push(sent);
    patches.set(sent.id, (d) => {
      const member = d['member'] as Record<string, unknown> | undefined;
      if (admin && member !== undefined) member['permissions'] = ADMIN_PERMISSIONS;
      if (file === undefined) return;
      const id = snowflake();
      const body = Buffer.from(file.body);
      const url = file.url ?? cdn.serve(file);
      const data = d['data'] as Record<string, unknown>;
      data['options'] = [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: id }] }];
      data['resolved'] = {
        attachments: { [id]: { id, filename: file.name, size: file.declaredSize ?? body.length, url, proxy_url: url, content_type: file.contentType ?? 'text/plain; charset=utf-8' } },
      };
    });
    return sent;
  };

  return {
    fake, cdn, client, context, engine, store, logs,
    command({ admin = false, file, focused, ...input }) {
      const where = input.guildId === GUILD_B && input.channelId === undefined ? { channelId: CHANNEL_B } : {};
      const sent = focused === undefined ? fake.sendCommand({ ...input, ...where }) : fake.sendAutocomplete({ ...input, ...where, focused });
      return patch(sent, admin, file);
    },
    modal({ admin = false, ...input }) {
      const where = input.guildId === GUILD_B && input.channelId === undefined ? { channelId: CHANNEL_B } : {};
      return patch(fake.sendModalSubmit({ ...input, ...where }), admin, undefined);
    },
    async close() {
      try {
        for (const sent of tracked) expect((await fake.interactionResponse(sent.id, { waitForEdit: false })).ackMs).toBeLessThan(3000);
        for (const sent of fake.messagesSent()) {
          expect(sent.allowedMentions, `${sent.route} ${sent.path}`).toMatchObject({ parse: [] });
          expect(sent.effectiveMentions).toMatchObject({ users: [], roles: [], everyone: false, repliedUser: false });
        }
        const logText = logs.join('');
        expect(logText).not.toContain(TEST_TOKEN);
        for (const sent of tracked) expect(logText).not.toContain(sent.token);
        expect(fake.internalErrors).toEqual([]);
      } finally {
        await client.destroy();
        await fake.close();
        await cdn.close();
      }
    },
  };
}
