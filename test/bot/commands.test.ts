import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCommand, loadCommands } from '../../src/bot/command.ts';

describe('command modules', () => {
  it('GIVEN commands/ WHEN loaded THEN /article, /articles, /ask, /help, /quotes, /source and /timeline are there, each described in English and Indonesian', async () => {
    const commands = await loadCommands();
    expect(commands.map((c) => c.data.name)).toEqual(['article', 'articles', 'ask', 'help', 'quotes', 'source', 'timeline']);
    for (const json of commands.map((c) => c.data.toJSON())) {
      expect(json.description_localizations?.id).toBeTruthy();
      for (const option of json.options ?? []) expect(option.description_localizations?.id).toBeTruthy();
    }
  });

  it('GIVEN commands/ WHEN loaded THEN every command, subcommand and option has an Indonesian name Discord accepts, beside its description', async () => {
    const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
    type Option = { name: string; name_localizations?: Record<string, string> | null; description_localizations?: Record<string, string> | null; options?: Option[] };
    const check = (items: readonly Option[], where: string): void => {
      const ids = items.map((o) => o.name_localizations?.id ?? '');
      expect(new Set(ids).size, `${where}: Indonesian names are unique`).toBe(ids.length);
      for (const o of items) {
        expect(o.name_localizations?.id, `${where} ${o.name}`).toMatch(NAME);
        expect(o.description_localizations?.id, `${where} ${o.name}`).toBeTruthy();
        check(o.options ?? [], `${where} ${o.name}`);
      }
    };
    const json = (await loadCommands()).map((c) => c.data.toJSON() as unknown as Option);
    check(json, '/');
    const id = Object.fromEntries(json.map((c) => [c.name, c.name_localizations?.id]));
    expect(id).toMatchObject({ ask: 'tanya', quotes: 'kutipan', source: 'sumber', help: 'bantuan', timeline: 'linimasa', article: 'artikel' });
    expect(json.find((c) => c.name === 'ask')?.options?.map((o) => o.name_localizations?.id)).toEqual(['pertanyaan', 'artikel']);
  });

  it('GIVEN /timeline WHEN registered THEN its article option is optional and autocompletes', async () => {
    const timeline = (await loadCommands()).find((c) => c.data.name === 'timeline')?.data.toJSON();
    expect(timeline?.options).toEqual([expect.objectContaining({ name: 'article', required: false, autocomplete: true })]);
  });

  it('GIVEN /ask WHEN registered THEN question is required and capped at 500 characters, article autocompletes', async () => {
    const ask = (await loadCommands()).find((c) => c.data.name === 'ask')?.data.toJSON();
    expect(ask?.options).toEqual([
      expect.objectContaining({ name: 'question', required: true, max_length: 500 }),
      expect.objectContaining({ name: 'article', required: false, autocomplete: true }),
    ]);
  });

  const noop = (): void => undefined;
  const json = (): object => ({});
  it.each<unknown>([null, {}, { data: { name: 'x' }, execute: noop }, { data: { name: 'x', toJSON: json } }, { data: { name: 'x', toJSON: json }, execute: noop, autocomplete: 1 }])(
    'GIVEN the module export %o WHEN checked THEN it is not a command', (value) => {
      expect(isCommand(value)).toBe(false);
    });

  it('GIVEN a folder with a malformed module WHEN loaded THEN the error names the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kutip-commands-'));
    writeFileSync(join(dir, 'broken.js'), 'export default { data: { name: "broken" } };\n');
    await expect(loadCommands(pathToFileURL(`${dir}/`))).rejects.toThrow(/^broken\.js is not a command/);
  });
});
