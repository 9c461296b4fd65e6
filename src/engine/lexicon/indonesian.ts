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

/**
 * The active form of a passive verb: "diselenggarakan" → "menyelenggarakan", "ditandatangani" →
 * "menandatangani". Dictionaries list verbs in the active meN- form, whose nasal assimilates to
 * the root's first sound (and replaces a voiceless k, t, p, s). Undefined for other words.
 */
export function activeVoice(word: string): string | undefined {
  const match = /^di([a-z]{3,})$/.exec(word);
  const rest = match?.[1];
  if (rest === undefined) return undefined;
  // di-per- is the passive of memper-: "diperpanjang" → "memperpanjang".
  if (rest.startsWith('per')) return `mem${rest}`;
  const first = rest[0] ?? '';
  if ('aiueogh'.includes(first)) return `meng${rest}`;
  if (first === 'k') return `meng${rest.slice(1)}`;
  if (first === 't') return `men${rest.slice(1)}`;
  if (first === 'p') return `mem${rest.slice(1)}`;
  if (first === 's') return `meny${rest.slice(1)}`;
  if ('bf'.includes(first)) return `mem${rest}`;
  if ('cdj'.includes(first)) return `men${rest}`;
  return `me${rest}`;
}

/** The word without reduplication ("negara-negara" → "negara") or clitics ("ujarnya" → "ujar"). */
export function baseForm(word: string): string {
  const reduplicated = /^(\p{L}+)-\1$/u.exec(word);
  if (reduplicated?.[1] !== undefined) return reduplicated[1];
  const bare = word.replace(CLITICS, '');
  return bare.length >= 3 ? bare : word;
}

/**
 * Forms of an Indonesian word that carry the same meaning: "negara-negara" → "negara", "ujarnya"
 * → "ujar", "dikirim" → "mengirim".
 */
export function surfaceVariants(word: string): string[] {
  const variants: string[] = [];
  const reduplicated = /^(\p{L}+)-\1$/u.exec(word);
  if (reduplicated?.[1] !== undefined) variants.push(reduplicated[1]);
  const bare = word.replace(CLITICS, '');
  if (bare !== word && bare.length >= 3) variants.push(bare);
  for (const form of [word, bare]) {
    const active = activeVoice(form);
    if (active !== undefined && !variants.includes(active)) variants.push(active);
  }
  return variants;
}
