/** The not-found hint names people and topics the articles cover, never the outlets they cite or come from. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index.ts';
import { allSources, BUNDLED } from '../ask/support.ts';

const engine = createEngine(allSources());

describe('coverage hint', () => {
  it.each([
    ['What is the capital of France?'],
    ['Apa ibu kota Prancis?'],
  ])('GIVEN the bundled article WHEN asked %j THEN the hint names its people and topics, and no newspaper', (question) => {
    const a = engine.ask(question, { article: BUNDLED });
    expect(a.found).toBe(false);
    expect(a.hint?.people).toEqual(expect.arrayContaining(['Mark Rutte', 'Donald Trump']));
    expect(a.hint?.topics).toContain('NATO');
    // Quoted from The Straits Times, published by Metrotvnews.com: sources, not topics.
    expect(a.hint?.topics).not.toContain('The Straits Times');
    expect(a.hint?.topics.some((t) => /metrotv/i.test(t))).toBe(false);
    // The places the story keeps coming back to are topics; the dateline's city is not.
    expect(a.hint?.topics).toContain('Ukraina');
    expect(a.hint?.topics).not.toContain('Brussels');
  });

  it('GIVEN every article WHEN nothing answers THEN no topic of any hint is an outlet of an article in scope', () => {
    const outlets = new Set(engine.articles().map((a) => a.meta.outlet?.toLowerCase()).filter(Boolean));
    for (const article of engine.articles()) {
      const a = engine.ask('Who won the 1966 World Cup final at Wembley?', { article: article.id });
      for (const topic of a.hint?.topics ?? []) expect(outlets.has(topic.toLowerCase()), `${article.id}: ${topic}`).toBe(false);
    }
  });
});
