/**
 * The interactive console (`npm start` without DISCORD_TOKEN): a prompt on a terminal, or, when
 * stdin is piped, each line printed after the prompt and then its answer, ending at end of input.
 * /reset, /help, Ctrl-D to quit; any other /command prints the help.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/index.ts';
import { messages } from '../i18n/messages.ts';
import { createSession } from './session.ts';

/** Run the console until stdin ends; resolves when done. */
export async function runConsole(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const m = messages('en');
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  // Piped input is not echoed by a terminal: print each question before its answer, as typed at the prompt.
  const echo = interactive ? undefined : (line: string): void => void output.write(`${m.console.prompt}${line}\n`);
  const session = createSession(engine, { json: false, console: true, write: (text) => output.write(`${text}\n`), ...(echo ? { echo } : {}) });
  if (interactive) {
    output.write(`${m.console.welcome(engine.articles().length)}\n`);
    rl.setPrompt(m.console.prompt);
    rl.prompt();
  }
  for await (const line of rl) {
    // On a terminal an empty Enter is not a question; piped input keeps the line protocol.
    if (!(interactive && !line.trim())) session(line);
    if (interactive) rl.prompt();
  }
  if (interactive) output.write(`\n${m.console.bye}\n`);
}
