/**
 * `npm run deploy-commands`: register the slash commands with Discord — in DISCORD_GUILD_ID when set
 * (instant, for development), else globally — through the same REST base URL as the bot
 * (DISCORD_API_URL). Registration is a separate step because it is rate limited and rarely changes.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { ConfigError } from '../config-error.ts';
import { loadConfig, type BotConfig } from '../config.ts';
import { scrubSecrets } from '../logger.ts';
import { explainDiscordError } from '../startup-error.ts';
import { loadCommands, type Command } from './command.ts';

/** What was registered, for the caller to print. */
export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** PUT the commands (replacing the previous set) to the guild or global route. */
export async function deployCommands(
  config: Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>,
  commands: readonly Command[],
): Promise<DeployResult> {
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl }).setToken(config.token);
  const body = commands.map((c) => c.data.toJSON());
  const route = config.guildId === null
    ? Routes.applicationCommands(config.clientId)
    : Routes.applicationGuildCommands(config.clientId, config.guildId);
  await rest.put(route, { body });
  return { scope: config.guildId === null ? 'global' : 'guild', names: commands.map((c) => c.data.name) };
}

async function main(): Promise<void> {
  let token: string | null = null;
  try {
    const config = loadConfig(process.env, 'bot');
    if (config.mode !== 'bot') throw new Error('unreachable: bot mode requires a token');
    token = config.token;
    const result = await deployCommands(config, await loadCommands());
    const where = result.scope === 'guild'
      ? `server ${config.guildId ?? ''} (available now)`
      : 'all servers (global; Discord may take a few minutes to show changes)';
    process.stdout.write(`Registered ${result.names.length} commands (${result.names.map((n) => `/${n}`).join(', ')}) in ${where}.\n`);
  } catch (error) {
    // The same advice `npm start` gives ("Discord rejected DISCORD_TOKEN: reset it …").
    const text = error instanceof ConfigError ? error.message : `kutip: could not register the commands: ${explainDiscordError(error)}`;
    // Errors from REST carry the request URL; never let a secret through to the terminal.
    process.stderr.write(`${scrubSecrets(text, token === null ? [] : [token])}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
