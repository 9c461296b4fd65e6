/**
 * Builds data/lexicon/regions.json: English ↔ Indonesian names of every country and region Node's
 * ICU knows (ISO 3166 codes and the UN M.49 areas: "Southeast Asia" → "Asia Tenggara"), from
 * Intl.DisplayNames (CLDR data), plus the short forms news uses (America, Britain, Korsel).
 *
 *   npm run build-regions
 *
 * Generated once rather than at every start: asking ICU for 300 names in two languages takes
 * about 100 ms, and a committed file does not change with the Node version that runs it.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** UN M.49 areas CLDR names: continents and their parts. */
const AREAS = ['001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];

/** Codes that are not places: ICU's pseudo-locales and "Unknown Region". */
const NOT_PLACES = new Set(['XA', 'XB', 'ZZ']);

/**
 * Names news uses beside CLDR's, by code: English short forms, and Indonesian ones (the
 * portmanteaus "Korsel", "Korut"; "Inggris" for the United Kingdom, which CLDR calls "Inggris
 * Raya"). Acronyms (US, UK, AS) are not here: they are case-sensitive and live in
 * abbreviations.json.
 */
export const SHORT_FORMS: Readonly<Record<string, { en?: readonly string[]; id?: readonly string[] }>> = {
  US: { en: ['America', 'United States of America', 'the States'], id: ['Amerika'] },
  GB: { en: ['Britain', 'Great Britain', 'England'], id: ['Inggris', 'Britania Raya', 'Britania'] },
  KR: { en: ['Republic of Korea'], id: ['Korsel'] },
  KP: { en: ["Democratic People's Republic of Korea"], id: ['Korut'] },
  CN: { en: ["People's Republic of China"], id: ['China', 'Cina', 'RRT'] },
  TW: { id: ['Taiwan'] },
  NL: { en: ['Holland'], id: ['Negeri Belanda'] },
  CZ: { en: ['Czech Republic'], id: ['Republik Ceko'] },
  MM: { en: ['Burma'], id: ['Burma'] },
  TL: { en: ['East Timor'], id: ['Timor Timur'] },
  CI: { en: ['Ivory Coast'], id: ['Pantai Gading'] },
  TR: { en: ['Turkey', 'Turkiye'], id: ['Turkiye'] },
  PS: { en: ['Palestine'], id: ['Palestina'] },
  VA: { en: ['Vatican', 'Holy See'], id: ['Takhta Suci'] },
  CD: { en: ['Democratic Republic of the Congo', 'DR Congo'], id: ['Republik Demokratik Kongo'] },
  CG: { en: ['Republic of the Congo'], id: ['Republik Kongo'] },
  HK: { en: ['Hong Kong'], id: ['Hong Kong'] },
  MO: { en: ['Macau', 'Macao'], id: ['Makau'] },
  AE: { en: ['Emirates'], id: ['Emirat Arab'] },
  SA: { en: ['Saudi'], id: ['Saudi', 'Arab Saudi'] },
  PH: { en: ['the Philippines'], id: ['Filipina'] },
  RU: { en: ['Russian Federation'], id: ['Federasi Rusia'] },
};

/** Regions news names that have no code of their own: English → Indonesian. */
export const OTHER_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'middle east': ['timur tengah'],
  'east asia': ['asia timur'],
  'south asia': ['asia selatan'],
  'asia pacific': ['asia pasifik'],
  'korean peninsula': ['semenanjung korea'],
  'south china sea': ['laut china selatan', 'laut tiongkok selatan'],
  'west bank': ['tepi barat'],
  'gaza strip': ['jalur gaza'],
  scotland: ['skotlandia'],
  wales: ['wales'],
  'northern ireland': ['irlandia utara'],
  crimea: ['krimea'],
};

/** Plain lowercase letters: accents folded ("São Tomé" → "sao tome"), "&" spelt out, quotes straight. */
export function foldName(name: string, and: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s*&\s*/g, ` ${and} `)
    .replace(/\s+-\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The forms of one CLDR name: itself, without its parenthesis ("Myanmar (Burma)" → "myanmar",
 * "burma"), without CLDR's "SAR China" qualifier, and CLDR's "St." as "saint" too.
 */
export function nameForms(name: string, and: string): string[] {
  const folded = foldName(name, and);
  const paren = /^(.*?)\s*\(([^)]*)\)$/.exec(folded);
  const forms = paren?.[1] !== undefined && paren[2] !== undefined ? [paren[1], paren[2]] : [folded];
  const result: string[] = [];
  for (const form of forms) {
    // The plain name first: "hong kong" is what a reader writes, "hong kong sar china" CLDR's label.
    const plain = form.replace(/ (sar china|dak tiongkok)$/, '');
    result.push(plain, form);
    if (plain.startsWith('st. ')) result.push(`saint ${plain.slice(4)}`);
  }
  return [...new Set(result)].filter((f) => f !== '');
}

/** English name → Indonesian names, for every code ICU names in both languages. */
export function buildRegions(): Record<string, string[]> {
  const displays = (locale: string, style: 'long' | 'short'): Intl.DisplayNames => new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
  const [enLong, enShort, idLong, idShort] = [displays('en', 'long'), displays('en', 'short'), displays('id', 'long'), displays('id', 'short')];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...[...letters].flatMap((a) => [...letters].map((b) => a + b)), ...AREAS];
  const table = new Map<string, string[]>();
  for (const code of codes) {
    if (NOT_PLACES.has(code)) continue;
    const english = [enLong.of(code), enShort.of(code)].filter((n): n is string => n !== undefined && n !== code);
    const indonesian = [idLong.of(code), idShort.of(code)].filter((n): n is string => n !== undefined && n !== code);
    if (english.length === 0 || indonesian.length === 0) continue;
    const extra = SHORT_FORMS[code];
    const en = [...english.flatMap((n) => nameForms(n, 'and')), ...(extra?.en ?? []).map((n) => foldName(n, 'and'))];
    const id = [...indonesian.flatMap((n) => nameForms(n, 'dan')), ...(extra?.id ?? []).map((n) => foldName(n, 'dan'))];
    // Short styles that are acronyms ("UK", "AS", "PBB") would be lowercase words here ("as"):
    // abbreviations.json has them, looked up only from capitals.
    const idForms = [...new Set(id)].filter((form) => !isAcronymForm(form, indonesian, extra?.id));
    for (const form of new Set(en)) {
      if (isAcronymForm(form, english, extra?.en)) continue;
      table.set(form, [...new Set([...(table.get(form) ?? []), ...idForms])]);
    }
  }
  for (const [english, indonesian] of Object.entries(OTHER_REGIONS)) table.set(english, [...new Set([...(table.get(english) ?? []), ...indonesian])]);
  return Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b)));
}

/** Whether a folded form came from a name written in capitals ("UK", "AS", "PBB"). */
function isAcronymForm(form: string, written: readonly string[], extra: readonly string[] | undefined): boolean {
  return [...written, ...(extra ?? [])].some((name) => /^[A-Z.]{2,}$/.test(name) && name.toLowerCase() === form);
}

function main(): void {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: fileURLToPath(new URL('../data/lexicon/regions.json', import.meta.url)) } },
  });
  const regions = buildRegions();
  const meta = {
    _source: `Intl.DisplayNames of Node ${process.versions.node} (ICU ${process.versions.icu ?? '?'}, CLDR ${process.versions.cldr ?? '?'}), English and Indonesian region names, plus the short forms in scripts/build-regions.ts`,
    _license: 'CLDR data: Unicode License v3 (https://www.unicode.org/license.txt), Copyright © 1991-2025 Unicode, Inc.',
    _regenerate: 'npm run build-regions',
    _format: 'entries: English name (lowercase, accents folded) -> Indonesian names, CLDR name first',
  };
  const lines = (record: Record<string, unknown>): string =>
    Object.entries(record)
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join(',\n');
  const json = `{\n${lines(meta)},\n"entries":{\n${lines(regions)}\n}}\n`;
  JSON.parse(json);
  writeFileSync(values.out, json);
  console.log(`${values.out}: ${Object.keys(regions).length} English names, ${Buffer.byteLength(json)} bytes`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
