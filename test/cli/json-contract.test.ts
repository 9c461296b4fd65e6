// The CLI's JSON mode keeps its contract under garbage (issue 2 "The CLI contract", issue 5):
// exactly one JSON object per non-empty input line, in order; an invalid request gets an object with
// an `error` field; an empty line starts a new conversation and prints nothing; the process exits 0.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession } from '../../src/cli/session.ts';
import { createEngine, loadArticleDir, type Engine } from '../../src/engine/index.ts';
import { spawnTsx } from '../reliability/helpers/process.ts';
import { contractOf, expectContract, garbageLine, type GarbageLine } from './garbage-lines.ts';

describe('GIVEN the line session in JSON mode (in process)', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadArticleDir('data/articles').sources);
  });

  it('WHEN fed any sequence of garbage lines THEN it writes one JSON object per non-empty line, in order', () => {
    fc.assert(fc.property(fc.array(garbageLine, { maxLength: 40 }), (lines) => {
      const out: string[] = [];
      const session = createSession(engine, { json: true, write: (text) => out.push(text) });
      for (const line of lines) session(line.text);
      // Each write is one line: no object spans lines, none is split.
      for (const text of out) expect(text).not.toContain('\n');
      expectContract(lines, out);
    }), { numRuns: 150, seed: 42 });
  });

  it('WHEN an empty line separates two questions THEN the second is a new conversation (no follow-up context)', () => {
    const out: string[] = [];
    const session = createSession(engine, { json: true, write: (text) => out.push(text) });
    session("Who said Russia supports North Korea's nuclear program?");
    session('');
    session('when did he say that?');
    const fresh: string[] = [];
    const other = createSession(engine, { json: true, write: (text) => fresh.push(text) });
    other('when did he say that?');
    expect(out).toHaveLength(2);
    expect(out[1]).toBe(fresh[0]);
  });

  it.each([
    ['', { kind: 'blank' }], ['  \t', { kind: 'blank' }], ['hello', { kind: 'answer' }], ['{', { kind: 'error' }],
    ['{"question": 5}', { kind: 'error' }], ['[1]', { kind: 'answer' }], ['{"question": "Who? #1"}', { kind: 'marker', question: 'Who? #1' }],
  ] as const)('GIVEN the line %j WHEN classified by the contract THEN it is %o (the test oracle is right)', (text, kind) => {
    expect(contractOf(text)).toEqual(kind);
  });
});

describe('GIVEN `npm run ask -- --json` as a process', () => {
  it('WHEN thousands of random lines arrive on stdin (unicode, control characters, 6000-character lines, broken JSON, invalid UTF-8) THEN stdout has one JSON object per non-empty line, in order, and it exits 0', async () => {
    const lines: GarbageLine[] = fc.sample(garbageLine, { numRuns: 2500, seed: 1205 });
    // Invalid UTF-8 byte sequences as lines of their own: readline decodes them as U+FFFD (not blank).
    const invalid = [Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xe2, 0x82]), Buffer.from([0xed, 0xa0, 0x80])];
    const chunks: Buffer[] = [];
    const fed: GarbageLine[] = [];
    lines.forEach((line, i) => {
      chunks.push(Buffer.from(`${line.text}\n`, 'utf8'));
      fed.push(line);
      const bytes = invalid[i % invalid.length];
      if (i % 100 === 0 && bytes !== undefined) {
        chunks.push(Buffer.concat([bytes, Buffer.from('\n')]));
        fed.push({ text: bytes.toString('utf8'), expect: { kind: 'answer' } });
      }
    });
    expect(fed.filter((l) => l.expect.kind === 'marker').length).toBeGreaterThan(100);
    expect(fed.filter((l) => l.expect.kind === 'error').length).toBeGreaterThan(200);

    const ask = spawnTsx('src/cli/ask.ts', ['--json'], { input: Buffer.concat(chunks) });
    const exit = await ask.exited;
    expect(exit.code, ask.stderr()).toBe(0);
    expect(ask.stderr()).toBe('');
    const out = ask.stdout();
    expect(out.endsWith('\n')).toBe(true);
    expectContract(fed, out.slice(0, -1).split('\n'));
  }, 90_000);
});
