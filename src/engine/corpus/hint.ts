/** What the articles in scope cover, for "the article does not say; it covers …" replies. */
import type { Article, CoverageHint } from '../types.ts';

/** Titles and most-mentioned people of the given articles. */
export function coverageHint(articles: readonly Article[]): CoverageHint {
  const people = articles.flatMap((a) => a.people)
    .sort((a, b) => b.paragraphs.length - a.paragraphs.length)
    .map((p) => p.name);
  const topics = [...new Set(articles.flatMap((a) => a.organizations ?? []))];
  return {
    titles: articles.map((a) => a.meta.title ?? a.id).slice(0, 5),
    people: [...new Set(people)].slice(0, 5),
    topics: topics.slice(0, 5),
  };
}
