/**
 * The line protocol shared by `npm run ask` (stdin) and the console: consecutive lines are one
 * conversation, an empty line starts a new one, and a line starting with "{" is a JSON request
 * {"question": "...", "article": "<id>"}. In JSON mode every non-empty input line yields exactly
 * one JSON object on stdout, in order — an invalid request yields {"error": …} — whatever it holds.
 */
import { newConversation, type Answer, type Conversation, type Engine } from '../engine/index.ts';
import { messages, type Locale } from '../i18n/messages.ts';
import { formatAnswer } from './format.ts';

export interface SessionOptions {
  json: boolean;
  /** Restrict every question to this article id. */
  article?: string;
  /** Console mode: "/reset" and "/help" are commands, any other "/word" prints the help; an empty line is ignored. */
  console?: boolean;
  /** Write each line back before its answer (the console with piped input: the transcript shows what was asked). */
  echo?: (line: string) => void;
  write: (text: string) => void;
  locale?: Locale;
}

interface Request {
  question: string;
  article?: string;
}

function parseRequest(line: string): Request | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `invalid JSON request: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'a JSON request must be an object: {"question": "...", "article": "<id>"}' };
  const { question, article } = value as Record<string, unknown>;
  if (typeof question !== 'string') return { error: 'the JSON request needs a "question" string' };
  if (article !== undefined && typeof article !== 'string') return { error: '"article" must be a string (an article id)' };
  return article === undefined ? { question } : { question, article };
}

/** The answer as the JSON contract's object (one line). */
export function answerJson(answer: Answer): string {
  return JSON.stringify(answer);
}

/** A stateful line handler: feed it lines, it writes answers. */
export function createSession(engine: Engine, options: SessionOptions): (line: string) => void {
  let conversation: Conversation = newConversation();
  const say = (answer: Answer) => {
    if (options.json) options.write(answerJson(answer));
    else options.write(`${formatAnswer(answer, engine, messages(options.locale ?? answer.language))}\n`);
  };
  const fail = (error: string, question: string | null) => {
    if (options.json) options.write(JSON.stringify({ question, error }));
    else options.write(`${error}\n`);
  };
  return (raw: string) => {
    const line = raw.replace(/\r$/, '');
    const m = messages(options.locale ?? 'en');
    if (!line.trim()) {
      // A separator, not a question: no output, so answers stay one per question.
      conversation = newConversation();
      return;
    }
    options.echo?.(line);
    if (options.console && /^\/reset\s*$/i.test(line.trim())) {
      conversation = newConversation();
      options.write(`${m.console.reset}\n`);
      return;
    }
    if (options.console && /^\/help\s*$/i.test(line.trim())) {
      options.write(`${m.console.help}\n`);
      return;
    }
    // "/quit", "/ask …": a command the console does not have, not a question about the article.
    const command = options.console ? /^\/[\p{L}\d_-]+/u.exec(line.trim())?.[0] : undefined;
    if (command !== undefined) {
      options.write(`${m.console.unknownCommand(command)}\n${m.console.help}\n`);
      return;
    }
    let request: Request = { question: line };
    if (line.trimStart().startsWith('{')) {
      const parsed = parseRequest(line);
      if ('error' in parsed) return fail(parsed.error, null);
      request = parsed;
    }
    const article = request.article ?? options.article;
    if (article !== undefined && !engine.article(article)) return fail(`unknown article "${article}": loaded are ${engine.articles().map((a) => a.id).join(', ')}`, request.question);
    try {
      say(engine.ask(request.question, article === undefined ? { conversation } : { conversation, article }));
    } catch (err) {
      fail(`internal error while answering: ${(err as Error).message}`, request.question);
    }
  };
}
