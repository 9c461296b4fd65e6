// Interaction routes of the fake Discord: POST /interactions/:id/:token/callback and the interaction webhook
// (@original edits, follow-ups), with Discord's rules: 3 s deadline, single acknowledgement, callback types per
// interaction kind, and "the first follow-up after a deferred reply replaces the thinking message".
import type { APIMessage } from 'discord.js';
import { APPLICATION_ID } from './fixtures.ts';
import { discordError } from './fake-http.ts';
import type { Reply, RouteCtx } from './fake-http.ts';
import type { FakeStore, InteractionRecord } from './fake-store.ts';
import { validateAutocomplete } from './fake-validate.ts';
import type { DiscordErrorBody } from './fake-validate.ts';
import { EMPTY_MESSAGE, EPHEMERAL, LOADING, SETTABLE_FLAGS, UNKNOWN_INTERACTION, UNKNOWN_MESSAGE, UNKNOWN_WEBHOOK, bad, isEmptyMessage, isObj, noContent, ok } from './fake-messages.ts';
import type { Json, MessageOps, RouteConfig } from './fake-messages.ts';

export class InteractionRoutes {
  constructor(
    private readonly store: FakeStore,
    private readonly ops: MessageOps,
    private readonly cfg: RouteConfig,
  ) {}

  private interactionMessage(it: InteractionRecord, flags: number, followUp: boolean): APIMessage {
    const owners = it.guildId ? { '0': it.guildId } : { '1': it.user.id };
    const meta: Json = { id: it.id, type: it.type, user: it.user, authorizing_integration_owners: owners };
    if (followUp && it.originalMessageId) meta['original_response_message_id'] = it.originalMessageId;
    if (it.componentMessageId) meta['interacted_message_id'] = it.componentMessageId;
    return this.ops.newBotMessage(it.channelId, it.kind === 'command' ? 20 : 0, flags, {
      webhook_id: APPLICATION_ID,
      application_id: APPLICATION_ID,
      interaction_metadata: meta,
    });
  }

  private allowedCallbackTypes(it: InteractionRecord): number[] {
    switch (it.kind) {
      case 'autocomplete':
        return [8];
      case 'command':
        return [4, 5, 9];
      case 'component':
        return [4, 5, 6, 7, 9];
      case 'modal':
        return it.componentMessageId ? [4, 5, 6, 7] : [4, 5];
    }
  }

  interactionCallback({ req, params }: RouteCtx): Reply {
    const it = this.store.interactions.get(params['id'] ?? '');
    if (!it || it.token !== params['token']) return UNKNOWN_INTERACTION;
    if (it.callback) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    if (this.cfg.interactionDeadlineMs !== null && req.at - it.dispatchedAt > this.cfg.interactionDeadlineMs) return UNKNOWN_INTERACTION;
    const body = isObj(req.body) ? req.body : {};
    const type = typeof body['type'] === 'number' ? body['type'] : -1;
    const data = isObj(body['data']) ? body['data'] : undefined;
    if (!this.allowedCallbackTypes(it).includes(type)) {
      return bad({ code: 50035, message: 'Invalid Form Body', errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for a ${it.kind} interaction` }] } } });
    }
    if (this.cfg.validatePayloads) {
      let err: DiscordErrorBody | null = null;
      if (type === 4) err = this.ops.check(data ?? {}, true, req.files.length);
      else if (type === 7) err = this.ops.check(data ?? {}, false, req.files.length);
      else if (type === 8) err = validateAutocomplete(data);
      else if (type === 9 && (!data || typeof data['custom_id'] !== 'string' || typeof data['title'] !== 'string' || [...data['title']].length > 45 || !Array.isArray(data['components']))) {
        err = { code: 50035, message: 'Invalid Form Body', errors: { data: { _errors: [{ code: 'MODAL_INVALID', message: 'Modal requires custom_id, title (<= 45) and components' }] } } };
      }
      if (err) return bad(err);
    }
    it.callback = { type, at: req.at, data };
    const payload = data ?? {};
    let resourceMessage: APIMessage | undefined;
    let loading = false;
    if (type === 4 || type === 5) {
      const flags = (typeof payload['flags'] === 'number' ? payload['flags'] : 0) & SETTABLE_FLAGS;
      let m = this.interactionMessage(it, flags | (type === 5 ? LOADING : 0), false);
      if (type === 4) m = this.ops.apply(m, payload, req.files, null);
      loading = type === 5;
      it.originalMessageId = m.id;
      this.store.messages.set(m.id, m);
      if (type === 4) this.ops.record('interaction.callback', req, m, payload, it, type, false);
      this.ops.echo('MESSAGE_CREATE', m);
      resourceMessage = type === 4 ? m : undefined;
    } else if (type === 6 || type === 7) {
      it.originalMessageId = it.componentMessageId;
      const target = it.componentMessageId ? this.store.messages.get(it.componentMessageId) : undefined;
      if (type === 7 && target) {
        const updated = this.ops.apply(target, payload, req.files, null);
        (updated as unknown as Json)['edited_timestamp'] = new Date().toISOString();
        this.store.messages.set(updated.id, updated);
        this.ops.record('interaction.callback', req, updated, payload, it, type, false);
        this.ops.echo('MESSAGE_UPDATE', updated);
        resourceMessage = updated;
      }
    }
    if (req.query['with_response'] !== 'true') return noContent;
    const original = it.originalMessageId ? this.store.messages.get(it.originalMessageId) : undefined;
    const interaction: Json = { id: it.id, type: it.type };
    if (original && (type === 4 || type === 5 || type === 7)) {
      interaction['response_message_id'] = original.id;
      interaction['response_message_loading'] = loading;
      interaction['response_message_ephemeral'] = ((original.flags ?? 0) & EPHEMERAL) !== 0;
    }
    return ok({ interaction, resource: { type, ...(resourceMessage ? { message: resourceMessage } : {}) } });
  }

  private webhookInteraction(params: Record<string, string>): InteractionRecord | undefined {
    if (params['app'] !== APPLICATION_ID) return undefined;
    return this.store.interactionByToken(params['token'] ?? '');
  }

  /** The message a webhook route addresses; null when it is not (or no longer) this interaction's. */
  private webhookTarget(it: InteractionRecord, mid: string): APIMessage | null {
    const id = mid === '@original' ? (it.originalDeleted ? null : it.originalMessageId) : mid;
    if (!id) return null;
    const own = id === it.originalMessageId || it.followUps.some((f) => f.messageId === id);
    return own ? (this.store.messages.get(id) ?? null) : null;
  }

  webhookGet({ params }: RouteCtx): Reply {
    const it = this.webhookInteraction(params);
    if (!it || !it.callback) return UNKNOWN_WEBHOOK;
    const m = this.webhookTarget(it, params['mid'] ?? '');
    return m ? ok(m) : UNKNOWN_MESSAGE;
  }

  webhookEdit({ req, params }: RouteCtx): Reply {
    const it = this.webhookInteraction(params);
    if (!it || !it.callback) return UNKNOWN_WEBHOOK;
    const m = this.webhookTarget(it, params['mid'] ?? '');
    if (!m) return UNKNOWN_MESSAGE;
    const payload = isObj(req.body) ? req.body : {};
    const err = this.ops.check(payload, false, req.files.length);
    if (err) return bad(err);
    const updated = this.ops.apply(m, payload, req.files, null);
    if (this.cfg.validatePayloads && isEmptyMessage(updated as unknown as Json)) return bad(EMPTY_MESSAGE);
    const wasLoading = ((m.flags ?? 0) & LOADING) !== 0;
    if (!wasLoading) (updated as unknown as Json)['edited_timestamp'] = new Date().toISOString();
    this.store.messages.set(updated.id, updated);
    const isOriginal = updated.id === it.originalMessageId;
    if (isOriginal) it.edits.push({ at: req.at, messageId: updated.id, payload });
    this.ops.record(isOriginal ? 'webhook.original.edit' : 'webhook.message.edit', req, updated, payload, it, null, false);
    this.ops.echo('MESSAGE_UPDATE', updated);
    return ok(updated);
  }

  webhookDelete({ params }: RouteCtx): Reply {
    const it = this.webhookInteraction(params);
    if (!it || !it.callback) return UNKNOWN_WEBHOOK;
    const m = this.webhookTarget(it, params['mid'] ?? '');
    if (!m) return UNKNOWN_MESSAGE;
    if (m.id === it.originalMessageId) it.originalDeleted = true;
    this.ops.deleteMessage(m);
    return noContent;
  }

  followUp({ req, params }: RouteCtx): Reply {
    const it = this.webhookInteraction(params);
    if (!it || !it.callback) return UNKNOWN_WEBHOOK;
    const payload = isObj(req.body) ? req.body : {};
    const err = this.ops.check(payload, true, req.files.length);
    if (err) return bad(err);
    const original = it.originalMessageId ? this.store.messages.get(it.originalMessageId) : undefined;
    let m: APIMessage;
    if (it.callback.type === 5 && original && ((original.flags ?? 0) & LOADING) !== 0 && !it.originalDeleted) {
      // Discord: the first follow-up after a deferred reply replaces the "thinking..." message (keeping its ephemerality).
      m = this.ops.apply(original, payload, req.files, null);
      it.edits.push({ at: req.at, messageId: m.id, payload });
      this.store.messages.set(m.id, m);
      this.ops.echo('MESSAGE_UPDATE', m);
    } else {
      const flags = (typeof payload['flags'] === 'number' ? payload['flags'] : 0) & SETTABLE_FLAGS;
      m = this.ops.apply(this.interactionMessage(it, flags, true), payload, req.files, null);
      this.store.messages.set(m.id, m);
      this.ops.echo('MESSAGE_CREATE', m);
    }
    it.followUps.push({ at: req.at, messageId: m.id, payload });
    this.ops.record('webhook.followup', req, m, payload, it, null, false);
    return req.query['wait'] === 'true' ? ok(m) : noContent;
  }
}
