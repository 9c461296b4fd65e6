/** Shared by the storage and guild tests: temp data folders, sample articles, a log collector. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/logger.ts';

/** Guild ids used across the tests (Discord snowflakes). */
export const GUILD_A = '1150000000000000100';
export const GUILD_B = '1150000000000000777';

/** An English article the real engine reads fully: title, author, date, quotes, dated events. */
export function ferryArticle(tag = ''): string {
  return [
    `Harbour City Opens New Ferry Line${tag}`,
    '',
    'Dewi Lestari • 3 March 2025 09:15',
    '',
    'JAKARTA: The city opened a new ferry line on Monday 3 March 2025, linking the old harbour with three islands in the bay, officials said.',
    '',
    '“This line cuts the trip from two hours to forty minutes,” said Budi Santoso, head of the city transport agency.',
    '',
    'The first ferry left the harbour at six in the morning with 120 passengers on board, and tickets cost 15,000 rupiah each.',
    '',
    'Santoso said a second line to the northern islands would open on 1 June 2025 if demand held up through the dry season.',
    '',
  ].join('\n');
}

/** A second, unrelated article (different title, so a different stored name). */
export function marketArticle(): string {
  return [
    'Night Market Returns to the Old Square',
    '',
    'Rina Wijaya • 10 April 2025 18:00',
    '',
    'BANDUNG: The night market returned to the old square on Thursday 10 April 2025 after two years of repairs to the square, the mayor said.',
    '',
    '“People missed the food stalls more than anything else,” said Siti Rahma, who has sold noodles at the market for twenty years.',
    '',
  ].join('\n');
}

/** A short bundled article (one body paragraph). */
export function riceArticle(): string {
  return 'Rice Prices Rise in the Capital\n\nAnto Wibowo • 1 May 2025 08:00\n\nJAKARTA: Rice prices rose by five percent in the capital markets this week, traders at the main wholesale market said on Thursday.\n';
}

/** A fresh temp DATA_DIR, optionally with bundled files. */
export function tempDataDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kutip-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A logger whose lines (parsed JSON) land in `lines`. */
export function collectingLogger(): { logger: Logger; lines: Array<Record<string, unknown> & { msg?: string }> } {
  const lines: Array<Record<string, unknown> & { msg?: string }> = [];
  const logger = createLogger('debug', { pretty: false, destination: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) } });
  return { logger, lines };
}
