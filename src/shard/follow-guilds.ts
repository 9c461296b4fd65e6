/**
 * Keeps the store's servers equal to the servers this client is in: on ready, exactly the guilds
 * Discord listed (folders of servers left while offline are dropped); a server joined later has its
 * folder read; one the bot is removed from is dropped (its files stay: it may come back, and they
 * are on the data volume other shards share). A server only unavailable (an outage) stays.
 */
import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { GuildArticleStore } from '../storage/guild-store.ts';

/** Attach the listeners; nothing happens until the client is ready. */
export function followGuilds(client: Client, store: GuildArticleStore, logger: Logger): void {
  const fail = (what: string) => (error: unknown) => logger.error({ err: error }, `could not ${what}`);
  client.once(Events.ClientReady, (ready) => {
    store.retainGuilds(ready.guilds.cache.keys()).then(({ dropped, added }) => {
      if (dropped > 0 || added > 0) logger.info({ dropped, added }, `server articles follow the guild list: ${dropped} dropped, ${added} loaded`);
    }, fail('align the server articles with the guild list'));
  });
  client.on(Events.GuildCreate, (guild) => {
    store.serveGuild(guild.id).then((changes) => {
      logger.info({ guild: guild.id, articles: changes.filter((c) => c.kind === 'added').length }, 'joined a server: its articles are loaded');
    }, fail(`load the articles of server ${guild.id}`));
  });
  client.on(Events.GuildDelete, (guild) => {
    store.dropGuild(guild.id).then((articles) => {
      logger.info({ guild: guild.id, articles }, 'left a server: its articles are no longer held (the files stay)');
    }, fail(`drop the articles of server ${guild.id}`));
  });
}
