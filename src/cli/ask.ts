/**
 * `npm run ask`: answer one question given as an argument, or every line of stdin.
 * stdout carries only answers (one JSON object per question with --json); messages go to stderr.
 */
import { createInterface } from 'node:readline';
import { indexCacheFile, loadConfig } from '../config.ts';
import { USAGE, parseCliArgs, type CliArgs } from './args.ts';
import { openForCli } from './open.ts';
import { createSession } from './session.ts';

const warn = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    warn(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(process.env, 'console');
  const dir = args.data ?? config.dataDir;
  const engine = openForCli(dir, config.maxArticleBytes, warn, indexCacheFile(config.indexCache, dir));
  if (!engine) return 1;
  const session = createSession(engine, {
    json: args.json,
    write: (text) => process.stdout.write(args.json ? `${text}\n` : text),
    ...(args.article !== undefined ? { article: args.article } : {}),
  });
  if (args.question !== null) {
    session(args.question);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    session(line);
    if (!args.json) process.stdout.write('\n');
  }
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  warn(`kutip: ${(err as Error).message}`);
  process.exitCode = 1;
});
