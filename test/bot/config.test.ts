import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError } from '../../src/config-error.ts';
import { indexCacheFile, loadConfig } from '../../src/config.ts';

const TOKEN = 'MTE1MDAwMDAwMDAwMDAwMDAwMQ.GcanaR.y-canary-token-value-never-print-1234567';
const CLIENT = '1150000000000000001';

function problems(env: NodeJS.ProcessEnv, mode?: 'bot' | 'console'): string {
  try {
    loadConfig(env, mode);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).name).toBe('ConfigError');
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('GIVEN no variables WHEN loaded THEN it is the console mode with every default', () => {
    expect(loadConfig({})).toEqual({
      mode: 'console', token: null, clientId: null, guildId: null, apiUrl: null, cdnUrl: 'https://cdn.discordapp.com', dataDir: 'data/articles', indexCache: 'default', logLevel: 'info',
      maxArticleBytes: 5 * 1024 * 1024, conversationTtlMs: 30 * 60_000, conversationMax: 5000, rateLimit: { count: 5, windowMs: 30_000 },
    });
  });

  it('GIVEN a token and an application id WHEN loaded THEN it is the bot mode', () => {
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT, DISCORD_GUILD_ID: '', DISCORD_API_URL: 'http://127.0.0.1:8080/api/' });
    expect(config).toMatchObject({ mode: 'bot', token: TOKEN, clientId: CLIENT, guildId: null, apiUrl: 'http://127.0.0.1:8080/api' });
  });

  it('GIVEN a token without an application id WHEN loaded THEN the message names the variable and where to find it', () => {
    expect(problems({ DISCORD_TOKEN: TOKEN })).toContain('DISCORD_CLIENT_ID is missing: copy it from the Developer Portal → General Information');
  });

  it('GIVEN the bot mode is required WHEN nothing is set THEN both variables are reported at once', () => {
    const text = problems({}, 'bot');
    expect(text).toContain('DISCORD_TOKEN is missing');
    expect(text).toContain('DISCORD_CLIENT_ID is missing');
  });

  it('GIVEN several bad values WHEN loaded THEN every problem is listed, each naming its variable', () => {
    const text = problems({
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'abc', DISCORD_GUILD_ID: '12', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud',
      MAX_ARTICLE_BYTES: 'big', CONVERSATION_TTL_MINUTES: '-1', CONVERSATION_MAX: '0', RATE_LIMIT: 'often',
    });
    for (const name of ['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL', 'MAX_ARTICLE_BYTES', 'CONVERSATION_TTL_MINUTES', 'CONVERSATION_MAX', 'RATE_LIMIT']) {
      expect(text).toMatch(new RegExp(`^  - ${name} `, 'm'));
    }
  });

  it.each([`Bot ${TOKEN}`, `${TOKEN} extra`, `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`])('GIVEN a malformed token WHEN rejected THEN the token itself is never in the message', (token) => {
    const text = problems({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: CLIENT });
    expect(text).toContain('DISCORD_TOKEN');
    for (const part of token.split(/\s+/)) if (part.length > 8) expect(text).not.toContain(part);
  });

  it('GIVEN readable sizes and rates WHEN loaded THEN they are converted', () => {
    const config = loadConfig({ MAX_ARTICLE_BYTES: '512KB', RATE_LIMIT: '3 / 2m', CONVERSATION_TTL_MINUTES: '5', LOG_LEVEL: 'DEBUG' });
    expect(config).toMatchObject({ maxArticleBytes: 512 * 1024, rateLimit: { count: 3, windowMs: 120_000 }, conversationTtlMs: 300_000, logLevel: 'debug' });
  });
});

describe('indexCacheFile', () => {
  it('GIVEN INDEX_CACHE unset, a path or "off" WHEN resolved for a folder THEN it is the folder\'s file, that path, or none', () => {
    expect(indexCacheFile('default', 'data/articles')).toBe(join('data/articles', '.kutip-index.bin'));
    expect(indexCacheFile('/var/cache/kutip.bin', 'data/articles')).toBe('/var/cache/kutip.bin');
    expect(indexCacheFile('OFF', 'data/articles')).toBeUndefined();
    expect(loadConfig({ INDEX_CACHE: 'off' }).indexCache).toBe('off');
  });
});
