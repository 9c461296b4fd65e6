/**
 * Which servers a process holds the articles of: a rule until Discord's list is known (every server
 * in one process; a shard's own, by `(guild_id >> 22) % shards`), then that list; plus servers
 * joined since, minus servers left. Listeners hear of every server that comes in or goes out.
 */

/** The servers one process holds. */
export class ServerScope {
  #rule: (guildId: string) => boolean;
  readonly #joined = new Set<string>();
  readonly #left = new Set<string>();
  readonly #listeners: ((guildId: string, served: boolean) => void)[] = [];

  constructor(rule: (guildId: string) => boolean = () => true) {
    this.#rule = rule;
  }

  /** Whether the articles of `guildId` are held here. */
  has(guildId: string): boolean {
    return this.#joined.has(guildId) || (!this.#left.has(guildId) && this.#rule(guildId));
  }

  /** Hold `guildId` from now on; returns whether it is new. */
  join(guildId: string): boolean {
    const was = this.has(guildId);
    this.#left.delete(guildId);
    this.#joined.add(guildId);
    if (!was) this.#tell(guildId, true);
    return !was;
  }

  /** Stop holding `guildId`. */
  leave(guildId: string): void {
    this.#joined.delete(guildId);
    this.#left.add(guildId);
    this.#tell(guildId, false);
  }

  /** Hold exactly `guildIds` from now on; `before` are the servers held so far that listeners hear about. */
  replace(guildIds: ReadonlySet<string>, before: Iterable<string>): void {
    this.#rule = (id) => guildIds.has(id);
    this.#joined.clear();
    this.#left.clear();
    const held = new Set(before);
    for (const id of held) if (!guildIds.has(id)) this.#tell(id, false);
    for (const id of guildIds) if (!held.has(id)) this.#tell(id, true);
  }

  /** Told when a server starts or stops being held. */
  onChange(listener: (guildId: string, served: boolean) => void): void {
    this.#listeners.push(listener);
  }

  #tell(guildId: string, served: boolean): void {
    for (const listener of this.#listeners) listener(guildId, served);
  }
}
