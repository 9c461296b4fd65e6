/** Reason clauses, and the markers that only look causal. */
import { describe, expect, it } from 'vitest';
import { findReasons } from '../../../src/engine/answer/reasons.ts';

const reasons = (text: string): string[] => findReasons(text).map((r) => text.slice(r.start, r.end));

describe('reason clauses', () => {
  it('GIVEN a "karena" clause WHEN read THEN it runs to the end of the clause', () => {
    expect(reasons('Namun dia mengaku sedikit kecewa karena tidak semua siswa dapat makanan gratis.')).toEqual(['karena tidak semua siswa dapat makanan gratis']);
  });

  it('GIVEN a reason inside a quote WHEN read THEN it stops at the closing quote', () => {
    expect(reasons('"Kami belum bisa sampaikan, karena itu bagian dari strategi," pungkas Tjahjo.')).toEqual([]);
    expect(reasons('"Kami belum bisa, karena semua sudah kita lobi," ujar Tjahjo.')).toEqual(['karena semua sudah kita lobi']);
  });

  it('GIVEN markers that are not causes WHEN read THEN none is a reason', () => {
    expect(reasons('The centre is due to open in the second half of 2026.')).toEqual([]);
    expect(reasons('Akibat kejadian tersebut, perjalanan 14 kereta api terganggu.')).toEqual([]);
    expect(reasons('Oleh karena itu, pemerintah menambah stok beras.')).toEqual([]);
  });

  it('GIVEN English causes and purposes WHEN read THEN each is found', () => {
    expect(reasons('Prices fell because demand slowed sharply, the bank said.')).toEqual(['because demand slowed sharply']);
    expect(reasons('Bulog was told to run market operations so that prices become stable.')).toEqual(['so that prices become stable']);
  });
});
