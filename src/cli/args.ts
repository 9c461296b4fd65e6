/** Command-line options of `npm run ask` and `npm start`, parsed with node:util parseArgs. */
import { parseArgs } from 'node:util';

export interface CliArgs {
  json: boolean;
  data: string | undefined;
  article: string | undefined;
  help: boolean;
  question: string | null;
}

export const USAGE = `Usage: npm run ask -- [--json] [--data DIR] [--article ID] ["question"]
  With a question: print its answer. Without: read questions from stdin, one per line
  (consecutive lines are one conversation; an empty line starts a new one; a line starting
  with "{" is a JSON request {"question": "...", "article": "<id>"}).
  --json       one JSON object per question on stdout (logs go to stderr)
  --data DIR   folder of .txt/.md articles (default: DATA_DIR or data/articles)
  --article ID ask only this article (file name without extension)`;

/** Parse argv (without node and script); throws a TypeError with a readable message on bad options. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
      article: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const question = positionals.join(' ').trim();
  return { json: values.json ?? false, data: values.data, article: values.article, help: values.help ?? false, question: question || null };
}
