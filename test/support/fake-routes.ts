// REST routes of the fake Discord (paths below /api/v10): gateway info, users, DMs, channels and messages, guilds,
// application commands. Interaction routes live in fake-interaction-routes.ts, message mechanics in fake-messages.ts.
import type { APIMessage } from 'discord.js';
import { APPLICATION_ID, BOT_USER, HUMAN_USER, channelJson, guildCreateJson, memberJson, rolesJson, snowflake } from './fixtures.ts';
import { discordError } from './fake-http.ts';
import type { Reply, Route, RouteCtx } from './fake-http.ts';
import type { FakeGateway } from './fake-gateway.ts';
import type { FakeStore, RecordedRequest } from './fake-store.ts';
import { validateCommands } from './fake-validate.ts';
import { MessageOps, UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, bad, isObj, noContent, ok } from './fake-messages.ts';
import type { Json, RouteConfig } from './fake-messages.ts';
import { InteractionRoutes } from './fake-interaction-routes.ts';

export type { RouteConfig } from './fake-messages.ts';

export class FakeRestApi {
  private readonly ops: MessageOps;
  private readonly interactions: InteractionRoutes;

  constructor(
    private readonly store: FakeStore,
    gateway: FakeGateway,
    private readonly cfg: RouteConfig,
  ) {
    this.ops = new MessageOps(store, gateway, cfg);
    this.interactions = new InteractionRoutes(store, this.ops, cfg);
  }

  routes(): Route[] {
    const r = (method: string, template: string, handler: (c: RouteCtx) => Reply, auth = true): Route => ({ method, template, handler, auth });
    return [
      r('GET', '/gateway', () => ok({ url: this.cfg.gatewayUrl() }), false),
      r('GET', '/gateway/bot', () =>
        ok({
          url: this.cfg.gatewayUrl(),
          shards: this.cfg.shards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.cfg.maxConcurrency },
        }),
      ),
      r('GET', '/users/@me', () => ok(BOT_USER)),
      r('GET', '/users/:id', ({ params }) => {
        const u = this.store.users.get(params['id'] ?? '');
        return u ? ok(u) : discordError(404, 10013, 'Unknown User');
      }),
      r('POST', '/users/@me/channels', ({ req }) => {
        const id = isObj(req.body) ? String(req.body['recipient_id']) : '';
        const u = this.store.users.get(id);
        if (!u) return discordError(404, 10013, 'Unknown User');
        return ok(this.ops.channelOut(this.store.dmChannelFor(u)));
      }),
      r('GET', '/applications/@me', () => ok(this.applicationJson())),
      r('GET', '/oauth2/applications/@me', () => ok(this.applicationJson())),
      r('GET', '/applications/:app/commands', ({ params }) => this.listCommands(params, null)),
      r('PUT', '/applications/:app/commands', ({ params, req }) => this.putCommands(params, req, null)),
      r('POST', '/applications/:app/commands', ({ params, req }) => this.postCommand(params, req, null)),
      r('DELETE', '/applications/:app/commands/:cmd', ({ params }) => this.deleteCommand(params)),
      r('GET', '/applications/:app/guilds/:guild/commands', ({ params }) => this.listCommands(params, params['guild'] ?? null)),
      r('PUT', '/applications/:app/guilds/:guild/commands', ({ params, req }) => this.putCommands(params, req, params['guild'] ?? null)),
      r('POST', '/applications/:app/guilds/:guild/commands', ({ params, req }) => this.postCommand(params, req, params['guild'] ?? null)),
      r('DELETE', '/applications/:app/guilds/:guild/commands/:cmd', ({ params }) => this.deleteCommand(params)),
      r('POST', '/interactions/:id/:token/callback', (c) => this.interactions.interactionCallback(c), false),
      r('GET', '/webhooks/:app/:token/messages/:mid', (c) => this.interactions.webhookGet(c), false),
      r('PATCH', '/webhooks/:app/:token/messages/:mid', (c) => this.interactions.webhookEdit(c), false),
      r('DELETE', '/webhooks/:app/:token/messages/:mid', (c) => this.interactions.webhookDelete(c), false),
      r('POST', '/webhooks/:app/:token', (c) => this.interactions.followUp(c), false),
      r('GET', '/channels/:cid', ({ params }) => {
        const ch = this.store.channels.get(params['cid'] ?? '');
        return ch ? ok(this.ops.channelOut(ch)) : UNKNOWN_CHANNEL;
      }),
      r('POST', '/channels/:cid/typing', ({ params }) => (this.store.channels.has(params['cid'] ?? '') ? noContent : UNKNOWN_CHANNEL)),
      r('POST', '/channels/:cid/messages', (c) => this.channelMessage(c)),
      r('GET', '/channels/:cid/messages', ({ params, req }) => {
        if (!this.store.channels.has(params['cid'] ?? '')) return UNKNOWN_CHANNEL;
        const limit = Math.min(100, Number(req.query['limit'] ?? 50));
        const list = [...this.store.messages.values()].filter((m) => m.channel_id === params['cid']).reverse();
        return ok(list.slice(0, limit));
      }),
      r('GET', '/channels/:cid/messages/:mid', ({ params }) => {
        const m = this.store.messages.get(params['mid'] ?? '');
        return m && m.channel_id === params['cid'] ? ok(m) : UNKNOWN_MESSAGE;
      }),
      r('PATCH', '/channels/:cid/messages/:mid', (c) => this.channelMessageEdit(c)),
      r('DELETE', '/channels/:cid/messages/:mid', ({ params }) => {
        const m = this.store.messages.get(params['mid'] ?? '');
        if (!m || m.channel_id !== params['cid']) return UNKNOWN_MESSAGE;
        this.ops.deleteMessage(m);
        return noContent;
      }),
      r('PUT', '/channels/:cid/messages/:mid/reactions/:emoji/@me', ({ params }) => (this.store.messages.has(params['mid'] ?? '') ? noContent : UNKNOWN_MESSAGE)),
      r('DELETE', '/channels/:cid/messages/:mid/reactions/:emoji/@me', () => noContent),
      r('GET', '/guilds/:gid', ({ params }) => {
        const g = this.store.guild(params['gid'] ?? '');
        return g ? ok(guildCreateJson(g)) : discordError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:gid/channels', ({ params }) => {
        const g = this.store.guild(params['gid'] ?? '');
        return g ? ok(g.channels.map((c, i) => channelJson(c, g.id, i))) : discordError(404, 10004, 'Unknown Guild');
      }),
      r('GET', '/guilds/:gid/roles', ({ params }) => (this.store.guild(params['gid'] ?? '') ? ok(rolesJson(params['gid'] ?? '')) : discordError(404, 10004, 'Unknown Guild'))),
      r('GET', '/guilds/:gid/members/:uid', ({ params }) => {
        const u = this.store.guild(params['gid'] ?? '')?.members.find((m) => m.id === params['uid']);
        return u ? ok(memberJson(u)) : discordError(404, 10007, 'Unknown Member');
      }),
    ];
  }

  // ---- channel messages ---------------------------------------------------------------------------------

  private channelMessage({ req, params }: RouteCtx): Reply {
    const ch = this.store.channels.get(params['cid'] ?? '');
    if (!ch) return UNKNOWN_CHANNEL;
    const payload = isObj(req.body) ? req.body : {};
    const err = this.ops.check(payload, true, req.files.length);
    if (err) return bad(err);
    let reference: APIMessage | null = null;
    const ref = payload['message_reference'];
    if (isObj(ref) && ref['message_id'] !== undefined) {
      reference = this.store.messages.get(String(ref['message_id'])) ?? null;
      if (!reference && ref['fail_if_not_exists'] !== false) {
        return bad({ code: 50035, message: 'Invalid Form Body', errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } });
      }
    }
    const extra: Json = reference
      ? { message_reference: { type: 0, message_id: reference.id, channel_id: reference.channel_id, ...(ch.guildId ? { guild_id: ch.guildId } : {}) }, referenced_message: reference }
      : {};
    const m = this.ops.apply(this.ops.newBotMessage(ch.id, reference ? 19 : 0, 0, extra), payload, req.files, reference);
    this.store.messages.set(m.id, m);
    this.ops.record('channel.message', req, m, payload, null, null, reference !== null);
    this.ops.echo('MESSAGE_CREATE', m);
    return ok(m);
  }

  private channelMessageEdit({ req, params }: RouteCtx): Reply {
    const m = this.store.messages.get(params['mid'] ?? '');
    if (!m || m.channel_id !== params['cid']) return UNKNOWN_MESSAGE;
    if (m.author.id !== BOT_USER.id) return discordError(403, 50005, 'Cannot edit a message authored by another user');
    const payload = isObj(req.body) ? req.body : {};
    const err = this.ops.check(payload, false, req.files.length);
    if (err) return bad(err);
    const updated = this.ops.apply(m, payload, req.files, m.referenced_message ?? null);
    (updated as unknown as Json)['edited_timestamp'] = new Date().toISOString();
    this.store.messages.set(m.id, updated);
    this.ops.record('channel.message.edit', req, updated, payload, null, null, false);
    this.ops.echo('MESSAGE_UPDATE', updated);
    return ok(updated);
  }

  // ---- application & commands -----------------------------------------------------------------------------

  private applicationJson(): Json {
    return {
      id: APPLICATION_ID,
      name: 'Kutip',
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot: BOT_USER,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: (1 << 19) | (1 << 15),
      owner: HUMAN_USER,
      team: null,
      approximate_guild_count: this.store.guilds.length,
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
    };
  }

  private listCommands(params: Record<string, string>, guildId: string | null): Reply {
    if (params['app'] !== APPLICATION_ID) return discordError(404, 10002, 'Unknown Application');
    return ok(this.store.commands.filter((c) => c.guildId === guildId).map((c) => c.json));
  }

  private normalizeCommand(raw: Json, guildId: string | null, id: string): Json {
    return {
      id,
      application_id: APPLICATION_ID,
      version: snowflake(),
      type: typeof raw['type'] === 'number' ? raw['type'] : 1,
      name: raw['name'],
      name_localizations: raw['name_localizations'] ?? null,
      description: raw['description'] ?? '',
      description_localizations: raw['description_localizations'] ?? null,
      ...(raw['options'] !== undefined ? { options: raw['options'] } : {}),
      default_member_permissions: raw['default_member_permissions'] ?? null,
      dm_permission: raw['dm_permission'] ?? true,
      nsfw: raw['nsfw'] ?? false,
      integration_types: raw['integration_types'] ?? [0],
      contexts: raw['contexts'] ?? null,
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  private upsert(raw: Json, guildId: string | null): Json {
    const type = typeof raw['type'] === 'number' ? raw['type'] : 1;
    const existing = this.store.commands.find((c) => c.guildId === guildId && c.json['name'] === raw['name'] && c.json['type'] === type);
    const json = this.normalizeCommand(raw, guildId, existing?.id ?? snowflake());
    if (existing) existing.json = json;
    else this.store.commands.push({ id: String(json['id']), guildId, json });
    return json;
  }

  private putCommands(params: Record<string, string>, req: RecordedRequest, guildId: string | null): Reply {
    if (params['app'] !== APPLICATION_ID) return discordError(404, 10002, 'Unknown Application');
    if (guildId !== null && !this.store.guild(guildId)) return discordError(403, 50001, 'Missing Access');
    const err = validateCommands(req.body);
    if (err) return bad(err);
    const list = (req.body as unknown[]).filter(isObj);
    const out = list.map((raw) => this.upsert(raw, guildId));
    const keep = new Set(out.map((c) => c['id']));
    for (let i = this.store.commands.length - 1; i >= 0; i--) {
      const c = this.store.commands[i];
      if (c && c.guildId === guildId && !keep.has(c.id)) this.store.commands.splice(i, 1);
    }
    return ok(out);
  }

  private postCommand(params: Record<string, string>, req: RecordedRequest, guildId: string | null): Reply {
    if (params['app'] !== APPLICATION_ID) return discordError(404, 10002, 'Unknown Application');
    const err = validateCommands([req.body]);
    if (err) return bad(err);
    return { status: 201, body: this.upsert(req.body as Json, guildId) };
  }

  private deleteCommand(params: Record<string, string>): Reply {
    const i = this.store.commands.findIndex((c) => c.id === params['cmd']);
    if (i < 0) return discordError(404, 10063, 'Unknown application command');
    this.store.commands.splice(i, 1);
    return noContent;
  }
}
