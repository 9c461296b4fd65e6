/**
 * Inflected forms of an Indonesian root, so a translated root meets Sastrawi's stems of the
 * article's words even where Sastrawi strips a prefix wrongly (it stems "menuduh" to "uduh").
 * We stem each generated form with the same stemmer the index used; keys then line up.
 */
import { stemIndonesian } from '../text/stem.ts';

function meN(root: string): string[] {
  const c = root[0] ?? '';
  const rest = root.slice(1);
  if ('aiueo'.includes(c)) return [`meng${root}`, `peng${root}`];
  if (c === 't') return [`men${rest}`, `pen${rest}`];
  if (c === 'k') return [`meng${rest}`, `peng${rest}`];
  if (c === 'p') return [`mem${rest}`, `pem${rest}`];
  if (c === 's') return [`meny${rest}`, `peny${rest}`];
  if ('bf'.includes(c)) return [`mem${root}`, `pem${root}`];
  if ('dcj'.includes(c)) return [`men${root}`, `pen${root}`];
  if ('gh'.includes(c)) return [`meng${root}`, `peng${root}`];
  return [`me${root}`, `pe${root}`];
}

/** Index keys that the inflections of an Indonesian root may have been stemmed to. */
export function rootKeys(root: string): string[] {
  const forms = [root, `di${root}`, `${root}an`, `${root}kan`, `ber${root}`, `ter${root}`, ...meN(root)];
  for (const f of meN(root)) forms.push(`${f}kan`, `${f}an`);
  return [...new Set(forms.map(stemIndonesian))];
}
