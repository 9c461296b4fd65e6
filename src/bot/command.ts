/**
 * The shape of a slash command module (`commands/*.ts`: `export default { data, execute } satisfies
 * Command`) and the loader that imports them and rejects a module of the wrong shape by file name,
 * at start-up rather than on the first click.
 */
import { readdir } from 'node:fs/promises';
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { AutocompleteInteraction, ChatInputCommandInteraction, LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { messages, type Messages } from '../i18n/messages.ts';
import type { BotContext } from './context.ts';

/** A command definition, usually a `SlashCommandBuilder` (anything with a name and `toJSON()`). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** One slash command: its registration data, its handler and, optionally, its autocomplete. */
export interface Command {
  data: CommandData;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** The repository's `commands/` folder. */
export const COMMANDS_DIR = new URL('../../commands/', import.meta.url);

/** Whether a module's default export is a usable command (checked, not assumed: modules are files). */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const data = v['data'] as Record<string, unknown> | undefined;
  return typeof data === 'object' && data !== null
    && typeof data['name'] === 'string' && typeof data['toJSON'] === 'function'
    && typeof v['execute'] === 'function'
    && (v['autocomplete'] === undefined || typeof v['autocomplete'] === 'function');
}

/** Import every `.ts`/`.js` module in `dir` (sorted by name) and check its shape; throws naming a bad file. */
export async function loadCommands(dir: URL = COMMANDS_DIR): Promise<Command[]> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands: Command[] = [];
  const names = new Set<string>();
  for (const file of files) {
    const mod = (await import(new URL(file, dir).href)) as { default?: unknown };
    if (!isCommand(mod.default)) {
      throw new Error(`${file} is not a command: it must \`export default { data, execute } satisfies Command\``);
    }
    if (names.has(mod.default.data.name)) throw new Error(`${file}: a second command is named /${mod.default.data.name}`);
    names.add(mod.default.data.name);
    commands.push(mod.default);
  }
  return commands;
}

type Describable<T> = {
  setName(name: string): T; setNameLocalizations(map: LocalizationMap | null): T;
  setDescription(text: string): T; setDescriptionLocalizations(map: LocalizationMap | null): T;
};

/** The English (canonical) name of a command or option, and its Indonesian localization. */
export type NamePick = (names: Messages['commandNames']) => string;

/**
 * Name a command, subcommand or option and describe it, in English with the Indonesian (`id`)
 * localizations Discord shows Indonesian clients ("/tanya pertanyaan:"). Interactions always carry
 * the English names, so handlers read options by those.
 */
export function describe<T extends Describable<T>>(builder: T, pick: (c: Messages['commands']) => string, name: NamePick): T {
  return builder
    .setName(name(messages('en').commandNames)).setNameLocalizations({ id: name(messages('id').commandNames) })
    .setDescription(pick(messages('en').commands)).setDescriptionLocalizations({ id: pick(messages('id').commands) });
}

/** A slash command builder with Kutip's defaults: localized name and description, usable in servers and DMs. */
export function slashCommand(name: NamePick, pick: (c: Messages['commands']) => string): SlashCommandBuilder {
  return describe(new SlashCommandBuilder(), pick, name)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
