import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../../src/engine/lexicon/lexicon.ts';
import { buildRegions, foldName, nameForms } from '../../../scripts/build-regions.ts';

const lexicon = loadLexicon();

describe('country and region names', () => {
  it.each([
    ['United States', 'amerika serikat'],
    ['America', 'amerika'],
    ['South Korea', 'korea selatan'],
    ['South Korea', 'korsel'],
    ['Britain', 'inggris'],
    ['United Kingdom', 'inggris'],
    ['Germany', 'jerman'],
    ['Switzerland', 'swiss'],
    ['Papua New Guinea', 'papua nugini'],
    ['Ivory Coast', 'pantai gading'],
    ['Southeast Asia', 'asia tenggara'],
    ['Latin America', 'amerika latin'],
    ['Middle East', 'timur tengah'],
  ])('When looking up "%s" in English it finds the Indonesian "%s"', (english, indonesian) => {
    expect(lexicon.toIndonesian(english)).toContain(indonesian);
  });

  it.each([
    ['Amerika Serikat', 'united states'],
    ['Korea Selatan', 'south korea'],
    ['Selandia Baru', 'new zealand'],
    ['Afrika Selatan', 'south africa'],
    ['Tanjung Verde', 'cape verde'],
    ['Aljazair', 'algeria'],
    ['Belanda', 'netherlands'],
  ])('When glossing the Indonesian name "%s" it finds "%s"', (indonesian, english) => {
    expect(lexicon.toEnglish(indonesian)).toContain(english);
  });

  it('When the region file is read it carries the CLDR attribution and the Unicode license', () => {
    const document = JSON.parse(readFileSync(new URL('../../../data/lexicon/regions.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(String(document._source)).toMatch(/Intl\.DisplayNames/);
    expect(String(document._license)).toMatch(/Unicode License/);
  });
});

describe('building the region names', () => {
  it('When a CLDR name has accents, "&" or a parenthesis it gives the plain forms a reader writes', () => {
    expect(foldName('São Tomé & Príncipe', 'and')).toBe('sao tome and principe');
    expect(nameForms('Myanmar (Burma)', 'and')).toEqual(['myanmar', 'burma']);
    expect(nameForms('Hong Kong SAR China', 'and')).toEqual(['hong kong', 'hong kong sar china']);
    expect(nameForms('St. Lucia', 'and')).toEqual(['st. lucia', 'saint lucia']);
  });

  it('When built from Node\'s ICU it maps every country both ways and keeps acronyms out ("US", "AS" are case-sensitive)', () => {
    const regions = buildRegions();
    expect(regions['united states']).toEqual(['amerika serikat', 'amerika']);
    expect(regions['north korea']).toContain('korut');
    expect(Object.keys(regions).length).toBeGreaterThan(280);
    expect(regions.us).toBeUndefined();
    expect(Object.values(regions).flat()).not.toContain('as');
  });
});
