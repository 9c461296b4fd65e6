/**
 * Indonesian look-up forms: the normalized word, and the forms of it that carry the same meaning
 * before stemming is needed (clitics and reduplication removed).
 */

/** Indonesian enclitics and particles that attach to any word ("ujarnya", "itulah", "apakah"). */
const CLITICS = /(nya|lah|kah|pun|ku|mu)$/;

/** Lowercases an Indonesian word or phrase: straight quotes, single spaces, no surrounding punctuation. */
export function normalizeIndonesian(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Forms of an Indonesian word that carry the same meaning: "negara-negara" → "negara", "ujarnya" → "ujar". */
export function surfaceVariants(word: string): string[] {
  const variants: string[] = [];
  const reduplicated = /^(\p{L}+)-\1$/u.exec(word);
  if (reduplicated?.[1] !== undefined) variants.push(reduplicated[1]);
  const bare = word.replace(CLITICS, '');
  if (bare !== word && bare.length >= 3) variants.push(bare);
  return variants;
}
