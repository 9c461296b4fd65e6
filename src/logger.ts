/**
 * The process logger: pino, pretty in a terminal, JSON lines otherwise, always on stderr so the
 * console CLI's stdout carries only answers. Secrets are removed twice: by key (`redact`) and by
 * value (`scrubSecrets` over every finished line), because errors from discord.js carry request URLs
 * with interaction tokens in plain strings that no key-based redaction can see.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.ts';

/** The logger type callers receive (pino's). */
export type { Logger } from 'pino';

/** Options for `createLogger`; the defaults suit production. */
export interface LoggerOptions {
  /** Exact values to remove wherever they appear (the bot token). */
  secrets?: readonly string[];
  /** Human-readable output; default: when stderr is a terminal. */
  pretty?: boolean;
  /** Where lines go; default stderr (fd 2). Tests pass a collector. */
  destination?: DestinationStream;
}

const REDACTED = '[redacted]';

/** Object paths whose values never reach a log line. */
export const REDACT_PATHS = [
  'token', '*.token', '*.*.token',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
  'config.token', 'interaction.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN',
];

// Interaction tokens live in webhook and callback URLs: /webhooks/<app id>/<token>/...,
// /interactions/<interaction id>/<token>/callback.
const URL_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.-]{20,}/g;
// "Authorization: Bot <token>" as it may appear in a dumped request.
const AUTH_HEADER = /\b(Bot|Bearer)\s+[A-Za-z0-9_.-]{20,}/g;
// The shape of a Discord bot token (base64 id . timestamp . hmac): a safety net for unknown tokens.
const BOT_TOKEN = /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}\b/g;

/**
 * Remove secrets from free text: each given value, interaction tokens inside Discord URLs,
 * Authorization header values and anything shaped like a bot token.
 */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Short values would scrub ordinary words; real secrets are long.
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(URL_TOKEN, `$1${REDACTED}`).replace(AUTH_HEADER, `$1 ${REDACTED}`).replace(BOT_TOKEN, REDACTED);
}

/** A pino logger writing to stderr (or `options.destination`), with secrets redacted and scrubbed. */
export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const usePretty = options.pretty ?? process.stderr.isTTY === true;
  // Synchronous writes: a crash or a signal must not lose the last lines (the volume is small).
  const sink: DestinationStream = options.destination
    ?? (usePretty ? pretty({ destination: 2, sync: true, colorize: true }) : pino.destination({ dest: 2, sync: true }));
  const scrubbing: DestinationStream = { write: (line: string) => sink.write(scrubSecrets(line, secrets)) };
  return pino({ level, redact: { paths: REDACT_PATHS, censor: REDACTED } }, scrubbing);
}

/** "1 article", "3 articles": a count with its noun, for log lines. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
