/**
 * Scoping ({ article }, { articles }) across several loaded articles, and engine.add / engine.remove
 * updating answers in place.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, newConversation } from '../../../src/engine/index.ts';
import { allSources, ask, BUNDLED, EARNINGS, FLOOD, MARKET, register, sourceOf, TRANSFER, WIRE } from './support.ts';

describe('scoping with { article } and { articles }', () => {
  const engine = createEngine(allSources());

  it('GIVEN several articles WHEN the question is scoped to the article that answers it THEN it is found there', () => {
    const a = ask(engine, 'Who is the coach of Persita Raya?', { article: TRANSFER });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Marco Vidal');
  });

  it('GIVEN several articles WHEN scoped to articles that do not answer it THEN found is false, even though another loaded article would', () => {
    const a = ask(engine, 'Who is the coach of Persita Raya?', { articles: [FLOOD, EARNINGS] });
    expect(a.found).toBe(false);
    expect([...(a.hint?.titles ?? [])].sort()).toEqual([FLOOD, EARNINGS].map((id) => engine.article(id)?.meta.title ?? id).sort());
  });

  it('GIVEN a scope of two articles WHEN one of them answers THEN every citation comes from inside the scope', () => {
    const a = ask(engine, 'Who is the coach of Persita Raya?', { articles: [FLOOD, TRANSFER] });
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Marco Vidal');
    for (const c of a.citations) expect([FLOOD, TRANSFER]).toContain(c.article);
  });

  it.each([
    [FLOOD, 'Rahmat Hidayat'],
    [EARNINGS, 'Priya Raman'],
    [TRANSFER, 'Yoga Pratama'],
    [WIRE, 'Jane Doe'],
    [MARKET, 'Dewi Lestari Anggraini'],
    [BUNDLED, 'Fajar Nugraha'],
  ] as const)('GIVEN the same "who wrote this article?" question WHEN scoped to %s THEN that article\'s byline, %s', (article, author) => {
    expect(ask(engine, 'Siapa penulis artikel ini?', { article }).answer).toBe(author);
    expect(ask(engine, 'Who wrote this article?', { article }).answer).toBe(author);
  });

  it('GIVEN an unknown article id, an empty list, or an article outside the allowed list THEN found is false and nothing throws', () => {
    for (const options of [{ article: 'no-such-article' }, { articles: [] }, { articles: [TRANSFER], article: WIRE }]) {
      const a = ask(engine, 'Who is the coach of Persita Raya?', options);
      expect(a.found, JSON.stringify(options)).toBe(false);
      expect(a.citations).toEqual([]);
    }
  });

  it('GIVEN a conversation scoped to one article WHEN a follow-up is asked in the same scope THEN it stays in that article', () => {
    const conversation = newConversation();
    ask(engine, 'Who announced the transfer?', { article: TRANSFER, conversation });
    const where = ask(engine, 'Where?', { article: TRANSFER, conversation });
    expect(where.found).toBe(true);
    for (const c of where.citations) expect(c.article).toBe(TRANSFER);
  });

  it('GIVEN a question that several articles could answer WHEN scoped to each THEN each answer comes from its own article', () => {
    for (const article of [FLOOD, TRANSFER, BUNDLED]) {
      const a = ask(engine, 'Kapan artikel ini diterbitkan?', { article });
      expect(a.found).toBe(true);
      expect(a.citations[0]?.article).toBe(article);
    }
  });
});

describe('engine.add and engine.remove update answers in place', () => {
  it('GIVEN an engine WHEN an article is added THEN questions about it are answered, and the others still are', () => {
    const engine = createEngine(allSources().filter((s) => s.id !== TRANSFER));
    expect(ask(engine, 'Siapa pelatih Persita Raya?').found).toBe(false);
    engine.add(sourceOf(TRANSFER));
    const a = ask(engine, 'Siapa pelatih Persita Raya?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Marco Vidal');
    expect(a.citations[0]?.article).toBe(TRANSFER);
    expect(ask(engine, 'Siapa Bupati Lembah Hijau?').answer).toContain('Hendra Wijayakusuma');
  });

  it('GIVEN an article WHEN it is replaced by id with new text THEN the new text answers and the old text no longer does', () => {
    const engine = createEngine(allSources());
    const old = sourceOf(TRANSFER);
    const text = old.text.replaceAll('Marco Vidal', 'Luis Herrera').replaceAll('Vidal', 'Herrera');
    engine.add(register({ id: TRANSFER, text }));
    expect(engine.articles().filter((a) => a.id === TRANSFER)).toHaveLength(1);
    const coach = ask(engine, 'Siapa pelatih Persita Raya?');
    expect(coach.answer).toContain('Luis Herrera');
    expect(ask(engine, 'Apa kata Vidal?').found).toBe(false);
    expect(ask(engine, 'Apa kata Herrera?').found).toBe(true);
    register(old);
  });

  it('GIVEN an article WHEN it is removed THEN its facts are no longer found, remove reports it, and a second remove reports false', () => {
    const engine = createEngine(allSources());
    const before = engine.articles().length;
    expect(engine.remove(TRANSFER)).toBe(true);
    expect(engine.articles()).toHaveLength(before - 1);
    expect(engine.article(TRANSFER)).toBeUndefined();
    const a = ask(engine, 'Siapa pelatih Persita Raya?');
    expect(a.found).toBe(false);
    expect(a.hint?.people ?? []).not.toContain('Marco Vidal');
    expect(ask(engine, 'Who is the coach of Persita Raya?', { article: TRANSFER }).found).toBe(false);
    expect(engine.remove(TRANSFER)).toBe(false);
    expect(ask(engine, 'Siapa Bupati Lembah Hijau?').answer).toContain('Hendra Wijayakusuma');
  });

  it('GIVEN a removed article WHEN it is added again THEN it answers as before', () => {
    const engine = createEngine(allSources());
    const first = ask(engine, 'Berapa gol Rafael musim lalu?');
    engine.remove(TRANSFER);
    engine.add(sourceOf(TRANSFER));
    const again = ask(engine, 'Berapa gol Rafael musim lalu?');
    expect(again.answer).toBe(first.answer);
    expect(again.citations[0]?.paragraph).toBe(first.citations[0]?.paragraph);
  });

  it('GIVEN a new small article added at runtime WHEN asked about it THEN it answers from it, with 1-based paragraphs', () => {
    const engine = createEngine(allSources());
    engine.add(register({
      id: 'runtime-note',
      text: 'Dermaga Baru Pulau Seribu Diresmikan\n\nWali Kota Pantai Utara, Ratna Sembiring, meresmikan dermaga baru di Pulau Tidung pada Jumat (7/3/2025).\n\n"Dermaga ini mempersingkat waktu sandar kapal," kata Ratna.\n',
    }));
    const who = ask(engine, 'Siapa Wali Kota Pantai Utara?');
    expect(who.answer).toContain('Ratna Sembiring');
    expect(who.citations[0]).toMatchObject({ article: 'runtime-note', paragraph: 1 });
    const said = ask(engine, 'Apa kata Ratna?');
    expect(said.answer).toContain('mempersingkat waktu sandar');
    expect(said.citations[0]?.paragraph).toBe(2);
  });
});
