// A large upload in one server must not stall the others: its ingestion runs on the ingestion
// thread, and the engine's own update at the end is short. Shown without timing thresholds: the
// longest pause of the event loop during the upload, against the upload's own duration.
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/engine/index.ts';
import { GuildArticleStore } from '../../src/storage/guild-store.ts';
import { bigArticle } from '../support/big-article.ts';
import { collectingLogger, GUILD_A, GUILD_B, marketArticle, riceArticle, tempDataDir } from './fixtures.ts';

describe('GIVEN a 0.9 MB article uploaded in server A', () => {
  it('WHEN it is being ingested THEN server B is answered all along: no pause of the event loop lasts half the upload', async () => {
    const dir = tempDataDir({ 'rice.txt': riceArticle() });
    const { engine } = openCorpus(dir);
    const store = new GuildArticleStore({ dataDir: dir, engine, logger: collectingLogger().logger, maxBytes: 5 * 1024 * 1024 });
    await store.load();
    // Server B's own article; this also starts the ingestion thread, so what follows is ingestion alone.
    const b = await store.add(GUILD_B, marketArticle());
    if (!b.ok) throw new Error('server B article not added');
    const text = bigArticle();
    expect(Buffer.byteLength(text)).toBeGreaterThan(880_000);

    const pauses: number[] = [];
    let answered = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      pauses.push(now - last);
      last = now;
      if (engine.ask('Who has sold noodles at the market?', { articles: [b.article.id] }).answer === 'Siti Rahma') answered += 1;
    }, 10);
    const start = performance.now();
    const added = await store.add(GUILD_A, text);
    const took = performance.now() - start;
    clearInterval(timer);

    expect(added).toMatchObject({ ok: true, status: 'added' });
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(Math.max(...pauses)).toBeLessThan(took / 2);
    expect(engine.ask('Siapa Bupati Lembah Hijau?', { articles: [added.ok ? added.article.id : ''] }).found).toBe(true);
  }, 60_000);
});
