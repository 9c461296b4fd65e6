import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/logger.ts';

const TOKEN = 'MTE1MDAwMDAwMDAwMDAwMDAwMQ.GcanaR.y-canary-token-value-never-print-1234567';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTE1MDAwMDAwMDAwMDAwMDQwMDpzZWNyZXQtdG9rZW4';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', { secrets: [TOKEN], destination: { write: (l: string) => void lines.push(l) } });
  return { logger, text: () => lines.join('') };
}

describe('createLogger', () => {
  it('GIVEN objects with token and authorization fields WHEN logged THEN their values are redacted', () => {
    const { logger, text } = capture();
    logger.info({ token: 'abc', interaction: { token: INTERACTION_TOKEN }, headers: { authorization: `Bot ${TOKEN}` }, config: { token: TOKEN } }, 'hello');
    expect(text()).not.toContain(INTERACTION_TOKEN);
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain('[redacted]');
  });

  it('GIVEN an error whose message and url carry secrets WHEN logged THEN the line contains neither', () => {
    const { logger, text } = capture();
    const err = Object.assign(new Error(`failed with ${TOKEN}`), { url: `http://127.0.0.1/api/v10/webhooks/1150000000000000001/${INTERACTION_TOKEN}/messages/@original` });
    logger.error({ err }, 'request failed');
    expect(text()).toContain('/webhooks/1150000000000000001/[redacted]/messages/@original');
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain(INTERACTION_TOKEN);
  });

  it('GIVEN JSON mode WHEN logging THEN each line is one JSON object', () => {
    const { logger, text } = capture();
    logger.info('a');
    logger.warn('b');
    expect(text().trim().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['a', 'b']);
  });
});

describe('scrubSecrets', () => {
  it('GIVEN text with a given secret, a token-shaped string and an interaction callback url WHEN scrubbed THEN all are replaced', () => {
    const out = scrubSecrets(`x ${TOKEN} /interactions/123/${INTERACTION_TOKEN}/callback Bot abcdefghijklmnopqrstuvwxyz`, ['plain-secret-value']);
    expect(out).toBe('x [redacted] /interactions/123/[redacted]/callback Bot [redacted]');
    expect(scrubSecrets('the plain-secret-value here', ['plain-secret-value'])).toBe('the [redacted] here');
  });

  it('GIVEN ordinary text WHEN scrubbed THEN it is unchanged', () => {
    const text = 'Rutte said on 2 December 2024 that Russia supports the program.';
    expect(scrubSecrets(text, ['short'])).toBe(text);
  });
});
