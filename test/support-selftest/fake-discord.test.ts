// Self-test of test/support/fake-discord.ts against the real discord.js client (loopback only).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Message } from 'discord.js';
import { APPLICATION_ID, BOT_USER, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, HUMAN_USER, shardForGuild, snowflake, startFakeDiscord } from '../support/fake-discord.ts';
import type { FakeDiscord } from '../support/fake-discord.ts';
import { TEST_TOKEN, createFakeClient, loginToFake } from '../support/discord-client.ts';

const INTENTS = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;

/** A tiny inline bot: enough behaviour to exercise every fake route. */
const fileReplies: string[] = [];

function installHandlers(client: Client, errors: unknown[], seen: Message[]): void {
  client.on(Events.InteractionCreate, async (i) => {
    try {
      if (i.isChatInputCommand()) {
        switch (i.commandName) {
          case 'ping':
            await i.reply({ content: 'pong', allowedMentions: { parse: [] } });
            return;
          case 'slow':
            await i.deferReply();
            await i.editReply({ content: `answer: ${i.options.getString('q') ?? '-'}`, allowedMentions: { parse: [] } });
            return;
          case 'long':
            await i.reply({ content: 'x'.repeat(2001) });
            return;
          case 'count':
            await i.reply({ content: `n=${i.options.getInteger('n') ?? -1} w=${i.options.getNumber('w') ?? -1}`, allowedMentions: { parse: [] } });
            return;
          case 'buttons':
            await i.reply({
              content: 'pick',
              components: [new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary))],
            });
            return;
          case 'form':
            await i.showModal(
              new ModalBuilder()
                .setCustomId('ask-form')
                .setTitle('Ask')
                .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(new TextInputBuilder().setCustomId('question').setLabel('Question').setStyle(TextInputStyle.Short))),
            );
            return;
          case 'file': {
            const r = await i.reply({ content: 'see file', files: [{ attachment: Buffer.from('kutipan'), name: 'sumber.txt' }], withResponse: true });
            fileReplies.push(r.resource?.message?.attachments.first()?.name ?? '(none)');
            return;
          }
          case 'followup':
            await i.deferReply({ flags: 64 });
            await i.followUp({ content: 'first', allowedMentions: { parse: [] } });
            await i.followUp({ content: 'second', allowedMentions: { parse: [] } });
            return;
        }
      } else if (i.isAutocomplete()) {
        const typed = String(i.options.getFocused());
        await i.respond([{ name: `${typed}-1`, value: `${typed}-1` }]);
      } else if (i.isButton() && i.customId === 'more') {
        await i.update({ content: 'more!', components: [] });
      } else if (i.isModalSubmit() && i.customId === 'ask-form') {
        await i.reply({ content: `Q: ${i.fields.getTextInputValue('question')}`, allowedMentions: { parse: [] } });
      }
    } catch (e) {
      errors.push(e);
    }
  });
  client.on(Events.MessageCreate, async (m) => {
    seen.push(m);
    if (m.author.bot) return;
    try {
      if (client.user && m.mentions.users.has(client.user.id)) {
        await m.reply({ content: `hi ${m.author.username}`, allowedMentions: { repliedUser: false, parse: [] } });
      }
    } catch (e) {
      errors.push(e);
    }
  });
}

describe('fake Discord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const errors: unknown[] = [];
  const seen: Message[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN });
    // Deliberately the minimal configuration (no helpers): only rest.api points at the fake.
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      rest: { api: fake.apiUrl },
    });
    installHandlers(client, errors, seen);
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(TEST_TOKEN);
    await ready;
  });

  afterEach(() => {
    expect(fake.internalErrors).toEqual([]);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('gets ready: READY + GUILD_CREATE, identify recorded, plain JSON gateway', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(BOT_USER.id);
    expect(client.user?.username).toBe('Kutip');
    expect(client.application?.id).toBe(APPLICATION_ID);
    expect(client.guilds.cache.get(DEFAULT_GUILD_ID)?.channels.cache.get(DEFAULT_CHANNEL_ID)?.isTextBased()).toBe(true);
    expect(fake.identifyCount).toBe(1);
    expect(fake.identifies[0]).toMatchObject({ shard: [0, 1], intents: INTENTS, tokenOk: true });
    expect(fake.connections[0]).toMatchObject({ path: '/', query: { v: '10', encoding: 'json' } });
    expect(fake.connections[0]?.query['compress']).toBeUndefined();
    const gw = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gw).toMatchObject({ method: 'GET', hasAuth: true, status: 200 });
    expect(JSON.stringify(fake.requests)).not.toContain('canary');
  });

  it('records a reply with allowed_mentions.parse = [] well within 3 s', async () => {
    const { id } = fake.sendInteraction({ type: 'command', name: 'ping' });
    const res = await fake.interactionResponse(id);
    expect(res.callbackType).toBe(4);
    expect(res.content).toBe('pong');
    expect(res.allowedMentions).toEqual({ parse: [] });
    expect(res.ackMs).toBeLessThan(3000);
    const sent = fake.messagesSent((m) => m.interactionId === id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ route: 'interaction.callback', effectiveMentions: { users: [], everyone: false } });
    const cb = await fake.waitFor((r) => r.path === `/interactions/${id}/${res.record.token}/callback`);
    expect(cb).toMatchObject({ status: 204, hasAuth: false, query: { with_response: 'false' } });
  });

  it('handles deferReply + editReply', async () => {
    const { id } = fake.sendCommand({ name: 'slow', options: { q: 'siapa presiden?' }, locale: 'id' });
    const res = await fake.interactionResponse(id);
    expect(res.callbackType).toBe(5);
    expect(res.deferred).toBe(true);
    expect(res.content).toBe('answer: siapa presiden?');
    expect(res.message?.flags ?? 0).toBe(0); // loading flag cleared by the edit
    expect(fake.messagesSent((m) => m.interactionId === id).map((m) => m.route)).toEqual(['webhook.original.edit']);
  });

  it('replies to a mention with message.reply, and the bot sees replies to its own message', async () => {
    const human = fake.sendMessage({ content: `<@${BOT_USER.id}> halo`, mentionsBot: true });
    const sent = await fake.waitForMessage((m) => m.route === 'channel.message' && m.payload['message_reference'] !== undefined);
    expect(sent.payload['message_reference']).toMatchObject({ message_id: human.id });
    expect(sent.allowedMentions).toEqual({ parse: [], replied_user: false });
    expect(sent.effectiveMentions.repliedUser).toBe(false);
    expect(sent.content).toBe(`hi ${HUMAN_USER.username}`);
    // A human replies (without pinging) to the bot's message: referenced_message is the bot's message.
    const reply = fake.sendMessage({ content: 'terima kasih', referencedMessageId: sent.messageId });
    const seenReply = await fake.waitUntil(() => seen.find((m) => m.id === reply.id));
    expect(seenReply.reference?.messageId).toBe(sent.messageId);
    // No MessageContent intent and no mention: Discord blanks the content.
    expect(seenReply.content).toBe('');
    // The bot's own message was echoed back as MESSAGE_CREATE.
    expect(seen.some((m) => m.id === sent.messageId && m.author.id === BOT_USER.id)).toBe(true);
  });

  it('survives a 429 on the interaction callback (discord.js retries after retry_after)', async () => {
    fake.failNext({ method: 'POST', pathPattern: '/callback', status: 429, retryAfter: 0.2 });
    const { id } = fake.sendCommand({ name: 'ping' });
    const res = await fake.interactionResponse(id);
    expect(res.content).toBe('pong');
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(200);
  });

  it('survives a 429 on a channel message and a 500 on editReply', async () => {
    fake.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.1 });
    const human = fake.sendMessage({ content: `<@${BOT_USER.id}> lagi`, mentionsBot: true });
    await fake.waitForMessage((m) => m.payload['message_reference'] !== undefined && (m.payload['message_reference'] as { message_id?: string }).message_id === human.id);
    fake.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 500 });
    const { id } = fake.sendCommand({ name: 'slow', options: { q: 'x' } });
    const res = await fake.interactionResponse(id);
    expect(res.content).toBe('answer: x');
    expect(fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 500)).toHaveLength(1);
  });

  it('surfaces 10062 Unknown interaction to the bot', async () => {
    fake.failNext({ pathPattern: '/callback', status: 404 });
    const before = errors.length;
    fake.sendCommand({ name: 'ping' });
    const err = await fake.waitUntil(() => errors.slice(before).find((e) => e instanceof DiscordAPIError));
    expect((err as DiscordAPIError).code).toBe(10062);
    errors.length = before;
  });

  it('rejects what Discord rejects (content > 2000 characters)', async () => {
    const before = errors.length;
    fake.sendCommand({ name: 'long' });
    const err = await fake.waitUntil(() => errors.slice(before).find((e) => e instanceof DiscordAPIError));
    expect((err as DiscordAPIError).code).toBe(50035);
    errors.length = before;
  });

  it('registers commands and types options from the registration', async () => {
    await client.application!.commands.set([
      { name: 'count', description: 'Count', options: [{ name: 'n', description: 'n', type: 4 }, { name: 'w', description: 'w', type: 10 }] },
    ]);
    expect(fake.commands().map((c) => c['name'])).toEqual(['count']);
    const put = fake.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/commands`);
    expect(put?.status).toBe(200);
    const { id } = fake.sendCommand({ name: 'count', options: { n: 3, w: 2 } });
    expect((await fake.interactionResponse(id)).content).toBe('n=3 w=2');
    await expect(client.application!.commands.set([{ name: 'BadName', description: 'x' }])).rejects.toMatchObject({ code: 50035 });
  });

  it('handles buttons (update), autocomplete, modals and deferred follow-ups', async () => {
    const cmd = fake.sendCommand({ name: 'buttons' });
    const shown = await fake.interactionResponse(cmd.id);
    const button = fake.sendButton({ customId: 'more', message: shown.message!.id });
    const updated = await fake.interactionResponse(button.id);
    expect(updated).toMatchObject({ callbackType: 7, content: 'more!' });
    expect(fake.message(shown.message!.id)?.content).toBe('more!');

    const ac = fake.sendAutocomplete({ name: 'ask', options: { topic: 'pol' }, focused: 'topic' });
    expect((await fake.interactionResponse(ac.id)).payload).toEqual({ choices: [{ name: 'pol-1', value: 'pol-1' }] });

    const form = fake.sendCommand({ name: 'form' });
    expect((await fake.interactionResponse(form.id)).callbackType).toBe(9);
    const submit = fake.sendModalSubmit({ customId: 'ask-form', fields: { question: 'Kapan?' } });
    expect((await fake.interactionResponse(submit.id)).content).toBe('Q: Kapan?');

    const fu = fake.sendCommand({ name: 'followup' });
    const first = await fake.interactionResponse(fu.id);
    expect(first).toMatchObject({ callbackType: 5, content: 'first', ephemeral: true });
    await fake.waitUntil(() => fake.interaction(fu.id)!.followUps.length === 2);
    const [a, b] = fake.interaction(fu.id)!.followUps;
    expect(a!.messageId).toBe(first.record.originalMessageId); // first follow-up replaces the "thinking" message
    expect(b!.messageId).not.toBe(a!.messageId);
  });

  it('accepts multipart replies (files + payload_json) and answers with_response=true', async () => {
    const { id } = fake.sendCommand({ name: 'file' });
    const res = await fake.interactionResponse(id);
    expect(res.content).toBe('see file');
    const [sent] = fake.messagesSent((m) => m.interactionId === id);
    expect(sent?.files).toEqual([expect.objectContaining({ name: 'sumber.txt', size: 7 })]);
    expect(res.message?.attachments).toHaveLength(1);
    await fake.waitUntil(() => fileReplies.length > 0);
    expect(fileReplies).toEqual(['sumber.txt']);
    const cb = fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(cb?.query['with_response']).toBe('true');
    expect(cb?.headers['content-type']).toMatch(/^multipart\/form-data/);
  });

  it('resumes after a 4000 close and replays an interaction dispatched while disconnected', async () => {
    const resumesBefore = fake.resumeCount;
    expect(fake.closeGateway(4000)).toBe(1);
    const { id } = fake.sendCommand({ name: 'ping' }); // queued in the session, replayed on RESUME
    const res = await fake.interactionResponse(id);
    expect(res.content).toBe('pong');
    expect(fake.resumeCount).toBe(resumesBefore + 1);
    expect(fake.identifyCount).toBe(1);
    expect(fake.connections.at(-1)?.path).toBe('/resume');
  });

  it('resumes after an abnormal 1006 drop and handles the next interaction', async () => {
    const resumesBefore = fake.resumeCount;
    fake.closeGateway(1006);
    await fake.waitUntil(() => fake.resumeCount > resumesBefore);
    await fake.waitForConnected();
    const { id } = fake.sendCommand({ name: 'ping' });
    expect((await fake.interactionResponse(id)).content).toBe('pong');
    expect(errors).toEqual([]);
  });
});

describe('fake Discord: re-identify, zombie connections, shards, DMs (client via helpers)', () => {
  let fake: FakeDiscord;
  let client: Client;
  const errors: unknown[] = [];
  const seen: Message[] = [];
  // A second guild placed on shard 1 of 2.
  let otherGuild = '1150000000000000500';
  while (shardForGuild(otherGuild, 2) !== 1) otherGuild = (BigInt(otherGuild) + (1n << 22n)).toString();
  const otherChannel = snowflake();

  beforeAll(async () => {
    fake = await startFakeDiscord({
      shards: 2,
      heartbeatIntervalMs: 150,
      guilds: [{ id: DEFAULT_GUILD_ID, channels: [{ id: DEFAULT_CHANNEL_ID, name: 'general' }] }, { id: otherGuild, name: 'Other', channels: [{ id: otherChannel, name: 'berita' }] }],
    });
    client = createFakeClient(fake, { partials: [Partials.Channel], shards: 'auto' });
    installHandlers(client, errors, seen);
    await loginToFake(client);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('identifies every shard with [id, 2] and puts each guild on its shard', () => {
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(client.guilds.cache.get(otherGuild)?.shardId).toBe(1);
    expect(client.guilds.cache.get(DEFAULT_GUILD_ID)?.shardId).toBe(shardForGuild(DEFAULT_GUILD_ID, 2));
  });

  it('routes an interaction in the shard-1 guild', async () => {
    const { id, shardId } = fake.sendCommand({ name: 'ping', guildId: otherGuild });
    expect(shardId).toBe(1);
    expect((await fake.interactionResponse(id)).content).toBe('pong');
  });

  it('re-identifies after INVALID_SESSION(false) and keeps working', async () => {
    const before = fake.identifyCount;
    const shard = shardForGuild(DEFAULT_GUILD_ID, 2);
    fake.invalidateSession(false, shard);
    await fake.waitUntil(() => fake.identifyCount > before);
    const { id } = fake.sendCommand({ name: 'ping' });
    expect((await fake.interactionResponse(id)).content).toBe('pong');
  });

  it('recovers from a zombie connection (no HEARTBEAT_ACK) by resuming', async () => {
    const before = fake.resumeCount;
    fake.stopHeartbeatAcks();
    await fake.waitUntil(() => fake.resumeCount >= before + 2, 5000, 'both shards to resume');
    const { id } = fake.sendCommand({ name: 'ping', guildId: otherGuild });
    expect((await fake.interactionResponse(id)).content).toBe('pong');
  });

  it('delivers a DM (needs Partials.Channel in discord.js) and the reply goes to the DM channel', async () => {
    const dm = fake.sendMessage({ content: 'halo bot', guildId: null, mentionsBot: true });
    const sent = await fake.waitForMessage((m) => (m.payload['message_reference'] as { message_id?: string } | undefined)?.message_id === dm.id);
    expect(sent.channelId).toBe(dm.channel_id);
    expect(seen.find((m) => m.id === dm.id)?.content).toBe('halo bot');
    expect(errors).toEqual([]);
  });

  it('shuts down without leaving sockets open', async () => {
    await client.destroy();
    await fake.waitUntil(() => fake.connections.every((c) => c.closedAt !== null), 3000, 'all gateway sockets to close');
    expect(fake.connections.filter((c) => c.closedAt === null)).toEqual([]);
  });
});
