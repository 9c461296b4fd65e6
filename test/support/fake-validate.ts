// Payload checks the real Discord API performs (the subset a bot most often trips over), and the
// effective-mentions computation. Error bodies mimic Discord's JSON error format.

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Length in Unicode code points (Discord counts characters, not UTF-16 units). */
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

/** Collects form-body errors as Discord nests them: { embeds: { 0: { title: { _errors: [...] } } } }. */
class FormErrors {
  readonly errors: Json = {};
  count = 0;
  add(path: Array<string | number>, code: string, message: string): void {
    let node = this.errors;
    for (const seg of path) {
      const key = String(seg);
      const next = node[key];
      node = isObj(next) ? next : (node[key] = {});
    }
    const list = Array.isArray(node['_errors']) ? (node['_errors'] as unknown[]) : (node['_errors'] = []);
    (list as unknown[]).push({ code, message });
    this.count++;
  }
  maxLen(path: Array<string | number>, v: unknown, max: number): void {
    if (len(v) > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
  result(): DiscordErrorBody | null {
    return this.count === 0 ? null : { code: 50035, message: 'Invalid Form Body', errors: this.errors };
  }
}

export const EMPTY_MESSAGE: DiscordErrorBody = { code: 50006, message: 'Cannot send an empty message' };

/** True when a message (payload or stored message) has nothing visible. */
export function isEmptyMessage(m: Json, fileCount = 0): boolean {
  const nonEmpty = (k: string): boolean => Array.isArray(m[k]) && (m[k] as unknown[]).length > 0;
  return len(m['content']) === 0 && !nonEmpty('embeds') && !nonEmpty('components') && !nonEmpty('attachments') && !nonEmpty('sticker_ids') && !m['poll'] && fileCount === 0;
}

/**
 * Validates a message create/edit payload: content <= 2000, <= 10 embeds with Discord's per-field and 6000-total
 * limits, legacy action-row limits, allowed_mentions consistency.
 */
export function validateMessagePayload(body: Json): DiscordErrorBody | null {
  const e = new FormErrors();
  e.maxLen(['content'], body['content'], 2000);
  const embeds = body['embeds'];
  if (Array.isArray(embeds)) {
    if (embeds.length > 10) e.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    let total = 0;
    embeds.forEach((em: unknown, i) => {
      if (!isObj(em)) return;
      const footer = isObj(em['footer']) ? em['footer'] : {};
      const author = isObj(em['author']) ? em['author'] : {};
      e.maxLen(['embeds', i, 'title'], em['title'], 256);
      e.maxLen(['embeds', i, 'description'], em['description'], 4096);
      e.maxLen(['embeds', i, 'footer', 'text'], footer['text'], 2048);
      e.maxLen(['embeds', i, 'author', 'name'], author['name'], 256);
      total += len(em['title']) + len(em['description']) + len(footer['text']) + len(author['name']);
      const fields = Array.isArray(em['fields']) ? (em['fields'] as unknown[]) : [];
      if (fields.length > 25) e.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      fields.forEach((f, j) => {
        if (!isObj(f)) return;
        if (len(f['name']) === 0) e.add(['embeds', i, 'fields', j, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
        if (len(f['value']) === 0) e.add(['embeds', i, 'fields', j, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
        e.maxLen(['embeds', i, 'fields', j, 'name'], f['name'], 256);
        e.maxLen(['embeds', i, 'fields', j, 'value'], f['value'], 1024);
        total += len(f['name']) + len(f['value']);
      });
    });
    if (total > 6000) e.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
  const components = body['components'];
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  if (Array.isArray(components) && (flags & (1 << 15)) === 0) {
    if (components.length > 5) e.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    components.forEach((row: unknown, i) => {
      if (!isObj(row) || !Array.isArray(row['components'])) return;
      const inner = row['components'] as unknown[];
      if (inner.length > 5) e.add(['components', i, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
      inner.forEach((c, j) => {
        if (!isObj(c)) return;
        e.maxLen(['components', i, 'components', j, 'custom_id'], c['custom_id'], 100);
        e.maxLen(['components', i, 'components', j, 'label'], c['label'], 80);
      });
    });
  }
  const am = body['allowed_mentions'];
  if (isObj(am) && Array.isArray(am['parse'])) {
    const parse = am['parse'] as unknown[];
    if (parse.includes('users') && Array.isArray(am['users']) && am['users'].length > 0) {
      e.add(['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', 'parse:["users"] and users: [ids...] are mutually exclusive.');
    }
    if (parse.includes('roles') && Array.isArray(am['roles']) && am['roles'].length > 0) {
      e.add(['allowed_mentions'], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', 'parse:["roles"] and roles: [ids...] are mutually exclusive.');
    }
  }
  return e.result();
}

/** Validates an application command registration array the way Discord does (the common rules). */
export function validateCommands(body: unknown): DiscordErrorBody | null {
  const e = new FormErrors();
  if (!Array.isArray(body)) {
    e.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return e.result();
  }
  if (body.length > 100) e.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const seen = new Set<string>();
  body.forEach((cmd: unknown, i) => {
    if (!isObj(cmd)) return e.add([i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    const type = typeof cmd['type'] === 'number' ? cmd['type'] : 1;
    const name = cmd['name'];
    const key = `${type}:${String(name)}`;
    if (seen.has(key)) e.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    seen.add(key);
    if (type === 1) {
      checkName(e, [i, 'name'], name);
      checkDescription(e, [i, 'description'], cmd['description']);
      checkOptions(e, [i, 'options'], cmd['options']);
    } else if (len(name) < 1 || len(name) > 32) {
      e.add([i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
    }
  });
  return e.result();
}

const NAME_RE = /^[-_\p{L}\p{N}\p{sc=Devanagari}\p{sc=Thai}]{1,32}$/u;

function checkName(e: FormErrors, path: Array<string | number>, name: unknown): void {
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    e.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
  } else if (name !== name.toLowerCase()) {
    e.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name must be lowercase`);
  }
}

function checkDescription(e: FormErrors, path: Array<string | number>, d: unknown): void {
  if (len(d) < 1 || len(d) > 100) e.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
}

function checkOptions(e: FormErrors, path: Array<string | number>, options: unknown): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return e.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (options.length > 25) e.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  options.forEach((o: unknown, j) => {
    if (!isObj(o)) return;
    checkName(e, [...path, j, 'name'], o['name']);
    checkDescription(e, [...path, j, 'description'], o['description']);
    const sub = o['type'] === 1 || o['type'] === 2;
    if (sub) return checkOptions(e, [...path, j, 'options'], o['options']);
    if (o['required'] === true && sawOptional) e.add([...path, j, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    if (o['required'] !== true) sawOptional = true;
    const choices = o['choices'];
    if (Array.isArray(choices)) {
      if (choices.length > 25) e.add([...path, j, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (o['autocomplete'] === true && choices.length > 0) e.add([...path, j, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', 'Autocomplete cannot be used with choices');
      choices.forEach((c: unknown, k) => {
        if (isObj(c) && (len(c['name']) < 1 || len(c['name']) > 100)) e.add([...path, j, 'choices', k, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      });
    }
  });
}

/** Autocomplete result (callback type 8): <= 25 choices, names 1..100. */
export function validateAutocomplete(data: unknown): DiscordErrorBody | null {
  const e = new FormErrors();
  const choices = isObj(data) ? data['choices'] : undefined;
  if (!Array.isArray(choices)) e.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  else {
    if (choices.length > 25) e.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    choices.forEach((c: unknown, k) => {
      if (isObj(c) && (len(c['name']) < 1 || len(c['name']) > 100)) e.add(['data', 'choices', k, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    });
  }
  return e.result();
}

/** Who a message would actually ping, given its content and allowed_mentions. */
export interface EffectiveMentions {
  users: string[];
  roles: string[];
  everyone: boolean;
  /** Only meaningful for replies: whether the author of the referenced message is pinged. */
  repliedUser: boolean;
}

/** Discord's allowed_mentions semantics: absent = parse everything (and ping the replied user); present = whitelist. */
export function effectiveMentions(content: string | undefined, allowed: unknown, isReply: boolean): EffectiveMentions {
  const text = content ?? '';
  const users = [...new Set([...text.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1] ?? ''))];
  const roles = [...new Set([...text.matchAll(/<@&(\d{15,21})>/g)].map((m) => m[1] ?? ''))];
  const everyoneToken = /@(everyone|here)\b/.test(text);
  if (!isObj(allowed)) return { users, roles, everyone: everyoneToken, repliedUser: isReply };
  const parse = Array.isArray(allowed['parse']) ? (allowed['parse'] as unknown[]) : [];
  const userList = Array.isArray(allowed['users']) ? (allowed['users'] as unknown[]) : [];
  const roleList = Array.isArray(allowed['roles']) ? (allowed['roles'] as unknown[]) : [];
  return {
    users: users.filter((id) => parse.includes('users') || userList.includes(id)),
    roles: roles.filter((id) => parse.includes('roles') || roleList.includes(id)),
    everyone: everyoneToken && parse.includes('everyone'),
    repliedUser: isReply && allowed['replied_user'] === true,
  };
}
