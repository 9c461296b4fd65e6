/**
 * A failure to reach or log in to Discord, in words that say what to do — the same for `npm start`
 * and `npm run deploy-commands`. Never contains the token: only advice and error codes.
 */

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT']);

/** One line of advice for a start-up or registration error. */
export function explainDiscordError(err: unknown): string {
  const e = err as { code?: unknown; status?: unknown; message?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : undefined;
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (code !== undefined && NETWORK.has(code)) {
    return `cannot reach Discord (${code}): check the network, or DISCORD_API_URL if you set one`;
  }
  if (code === 'TokenInvalid' || e.status === 401 || /\b401\b|invalid token|unauthorized/i.test(message)) {
    return 'Discord rejected DISCORD_TOKEN: reset it in the Developer Portal → Bot and update .env';
  }
  return message;
}
