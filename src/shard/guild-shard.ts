/**
 * Which shard a server belongs to. Discord sends a server's events, interactions included, only to
 * shard `(guild_id >> 22) % shard_count`, so that shard's process is the only one that needs the
 * server's articles:
 *
 *   guild 1150000000000000100 >> 22 = 274195820469, % 2 = 1   → shard 1 of 2
 */

/** The shard of `guildId` among `shardCount` shards. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/** Whether a server belongs to one of `shardIds` (of `shardCount`): what a shard process holds. */
export function onShards(shardIds: readonly number[], shardCount: number): (guildId: string) => boolean {
  const mine = new Set(shardIds);
  return (guildId) => {
    try {
      return mine.has(shardOfGuild(guildId, shardCount));
    } catch {
      return false;
    }
  };
}
