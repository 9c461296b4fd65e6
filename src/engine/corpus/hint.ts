/**
 * What the articles in scope cover, for "the article does not say; it covers …" replies: the
 * people they mention most, and their topics — the organisations they name and the places they
 * keep coming back to. Never an outlet or a newspaper ("The Straits Times", "Metrotvnews.com"):
 * a source the article quotes from is not what it is about.
 */
import { outletLike } from '../ingest/outlet-like.ts';
import { fold } from '../text/tokens.ts';
import type { Article, CoverageHint } from '../types.ts';

/** People, and topics, a hint names at most. */
const HINT_ITEMS = 5;
/** A place is a topic when the articles name it this often. */
const PLACE_MENTIONS = 2;

/** Whether a name is a news outlet: by its shape, or because an article in scope was published by it. */
function isOutlet(name: string, outlets: ReadonlySet<string>): boolean {
  return outletLike(name) || outlets.has(fold(name));
}

/** Titles, most-mentioned people and topics of the given articles. */
export function coverageHint(articles: readonly Article[]): CoverageHint {
  const outlets = new Set(articles.map((a) => a.meta.outlet).filter((o): o is string => o !== null).map(fold));
  const people = articles.flatMap((a) => a.people)
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .map((p) => p.name);
  const organizations = [...new Set(articles.flatMap((a) => a.organizations ?? []))].filter((o) => !isOutlet(o, outlets));
  const placeCounts = new Map<string, { name: string; count: number }>();
  for (const a of articles) {
    for (const p of a.places ?? []) {
      // A dateline says where the story was filed, not what it is about.
      if (p.via === 'dateline') continue;
      const key = fold(p.name);
      const entry = placeCounts.get(key) ?? { name: p.name, count: 0 };
      entry.count += 1;
      placeCounts.set(key, entry);
    }
  }
  const taken = new Set([...people, ...organizations].map(fold));
  const places = [...placeCounts.values()]
    .filter((p) => p.count >= PLACE_MENTIONS && !taken.has(fold(p.name)) && !isOutlet(p.name, outlets))
    .sort((a, b) => b.count - a.count)
    .map((p) => p.name);
  return {
    titles: articles.map((a) => a.meta.title ?? a.id).slice(0, 5),
    people: [...new Set(people)].slice(0, HINT_ITEMS),
    topics: [...organizations, ...places].slice(0, HINT_ITEMS),
  };
}
