/** The console (`npm start` without a token) with piped input: a transcript of questions and answers; unknown commands print the help. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.ts';
import { createEngine, loadArticleDir } from '../../src/engine/index.ts';
import { messages } from '../../src/i18n/messages.ts';

const engine = createEngine(loadArticleDir('data/articles').sources);
const m = messages('en');

async function pipe(lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  const done = runConsole(engine, input, output);
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('console with piped input', () => {
  it('GIVEN two questions WHEN piped THEN each answer comes right after its question, after the prompt', async () => {
    const out = await pipe(["Who said Russia supports North Korea's nuclear program?", 'and when did he say it?']);
    const first = out.indexOf(`${m.console.prompt}Who said Russia`);
    const second = out.indexOf(`${m.console.prompt}and when did he say it?`);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first);
    expect(out.slice(first, second)).toContain('Answer: Mark Rutte');
    expect(out.slice(second)).toMatch(/Answer: Senin 2 Desember 2024/);
  });

  it.each(['/quit', '/ask who said it?', '/tanya'])('GIVEN the unknown command %j WHEN piped THEN the help is printed and nothing is asked', async (line) => {
    const out = await pipe([line]);
    expect(out).toContain(m.console.unknownCommand(line.split(' ')[0] ?? ''));
    expect(out).toContain(m.console.help);
    expect(out).not.toContain('does not say');
  });

  it('GIVEN /help and /reset WHEN piped THEN they still work as commands', async () => {
    const out = await pipe(['/help', '/reset']);
    expect(out).toContain(m.console.help);
    expect(out).toContain(m.console.reset);
  });

  it('GIVEN a yes/no question WHEN piped THEN the answer says Yes with the sentence that states it', async () => {
    const out = await pipe(['Did Rutte say Russia supports North Korea?']);
    expect(out).toContain(`${m.labels.answer}: ${m.labels.yes}`);
    expect(out).toContain('¶1');
  });
});
