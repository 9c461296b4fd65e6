/**
 * createEngine: the corpus, its index and the ask pipeline
 *   question → analysis → follow-up resolution → query expansion → sentence ranking → answer.
 */
import { answerFrom } from './answer/answer.ts';
import { supportingCitations, supportingHits } from './answer/supporting.ts';
import { answerYesNo, isYesNoQuestion } from './answer/yes-no.ts';
import type { AnswerContext, AnswerTrace, CorpusView } from './answer/context.ts';
import { answerModel, type AnswerModel } from './answer/model.ts';
import { formatIsoDate, normalizeNumber } from './answer/normalize.ts';
import { properWordsOf } from './answer/spans.ts';
import { DEFAULT_SETTINGS, type EngineSettings } from './config.ts';
import { resolveFollowUp } from './conversation/followup.ts';
import { coverageHint } from './corpus/hint.ts';
import { exampleQuestions } from './corpus/examples.ts';
import { newConversation } from './conversation/conversation.ts';
import { glossText } from './answer/gloss.ts';
import type { PreparedArticle } from './ingest/prepare.ts';
import { prepareArticle } from './ingest/prepare.ts';
import type { EngineSnapshot } from './persist/snapshot.ts';
import { restoreArticle, snapshotArticle } from './build/snapshot-article.ts';
import { sharedIngestThread, type IngestThread } from './build/ingest-thread.ts';
import { chunksOf, ingestInOrder } from './build/schedule.ts';
import type { IngestedBatch } from './build/protocol.ts';
import { loadLexicon, type Lexicon } from './lexicon/lexicon.ts';
import { analyzeQuestion } from './question/analyze.ts';
import { expandQuery } from './retrieval/expand.ts';
import { FuzzyVocabulary } from './retrieval/fuzzy-vocabulary.ts';
import { ALL, rankSentences, type SentenceHit } from './retrieval/rank.ts';
import { SentenceIndex } from './retrieval/sentence-index.ts';
import { fold } from './text/tokens.ts';
import { timelineOf } from './corpus/timeline.ts';
import type { Answer, Article, ArticleQuote, ArticleSource, AskOptions, Citation, Language, ParagraphRef, TimelineEntry } from './types.ts';

/** Options for createEngine; everything has a default. */
export interface EngineOptions {
  settings?: Partial<EngineSettings>;
  /** The bilingual lexicon (default: data/lexicon). */
  lexicon?: Lexicon;
  /** A persisted index (see `Engine.snapshot`) to start from; `sources` are added on top of it. */
  snapshot?: EngineSnapshot;
  /** The fitted answer-scoring weights (default: data/models/answer-model.json). */
  answerModel?: AnswerModel;
  /** Told what the answer stage weighed for each question (for the answer-model trainer and debugging). */
  onTrace?: (question: string, trace: AnswerTrace) => void;
  /** Where `ingest` runs its batches (default: the process's shared ingestion thread). */
  ingestThread?: IngestThread;
  /** Characters per chunk `ingest` hands over at a time (default half a million; tests make it small). */
  ingestChunkChars?: number;
}

/** What `Engine.ingest` added, and the sources it could not (with the reason; nothing of them was added). */
export interface IngestOutcome {
  articles: Article[];
  failed: { source: ArticleSource; reason: string }[];
}

/** The engine: a corpus of ingested articles and the questions asked about it. */
export interface Engine {
  /** Answer a question; never throws on bad input (returns found:false). */
  ask(question: string, options?: AskOptions): Answer;
  /** All loaded articles, in load order. */
  articles(): readonly Article[];
  article(id: string): Article | undefined;
  /** Ingest (or replace, by id) one article; the index is updated in place. */
  add(source: ArticleSource): Article;
  /** Add many articles at once on this thread; returns them in order. */
  addMany(sources: readonly ArticleSource[]): Article[];
  /**
   * Add articles ingested off this thread (a worker thread), handed over chunk by chunk in order, so
   * answering goes on meanwhile; each article is replaced by id. Added in the order given; a caller
   * that also adds or removes the same ids meanwhile orders those calls itself (the store does).
   */
  ingest(sources: readonly ArticleSource[]): Promise<IngestOutcome>;
  /** Remove an article by id; returns whether it existed. */
  remove(id: string): boolean;
  /** Attributed quotes, optionally filtered by a (fuzzy) speaker name and article ids. */
  quotes(filter?: { speaker?: string; articles?: readonly string[] }): ArticleQuote[];
  /** A few example questions drawn from the loaded articles (for /help). */
  examples(count: number, language: Language, articles?: readonly string[]): string[];
  /** English word gloss of Indonesian text: "dukungan [support] terhadap program [program]". */
  gloss(text: string): string;
  /** The dated events of an article, in date order (ties in text order). */
  timeline(articleId: string): TimelineEntry[];
  /**
   * Answer a few questions of every kind (both languages, a typo, a follow-up, one not found) and
   * forget them: compiles the hot paths and fills the lazy caches (fuzzy vocabularies, lexicon),
   * so the first real question is as fast as the rest. Returns the milliseconds it took.
   */
  warmUp(): number;
  /** The prepared articles and index as data, to persist and pass back as `options.snapshot`. */
  snapshot(extra?: unknown): EngineSnapshot;
}

/** Articles the answer stage reads when the scope is small enough to read whole. */
const RELEVANT_LIMIT = 50;
// Warm-up questions beyond the articles' own examples: a typo, a question no article answers, a follow-up.
const WARM_UP_TYPO = 'Siapa yang mengumumkan pemerintha itu?';
const WARM_UP_NOT_FOUND = 'Who won the 1966 World Cup final at Wembley?';
const WARM_UP_FOLLOW_UP = 'and when did he say that?';
/** Citations plus related paragraphs in an answer. */
const RELATED_TOTAL = 10;
/** Otherwise, the articles of the best hits: each one read costs its analysis (first time only). */
const HIT_ARTICLES = 5;
/** Batches up to this many articles are analyzed when added, so no question pays for it. */
const EAGER_ANALYSIS_MAX = 200;
/** Articles a "not found" reply describes when the scope is larger than that. */
const HINT_ARTICLES = 3;

/** Answer kinds whose answer is an amount, restated in the asker's number conventions. */
const NUMERIC_KINDS: ReadonlySet<string> = new Set(['number', 'count', 'money', 'percent', 'duration', 'age']);

// Control and format characters (bidi overrides, zero-width) only disguise text: read them as spaces.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** Build an engine over the given article texts. */
export function createEngine(sources: readonly ArticleSource[], options: EngineOptions = {}): Engine {
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const onTrace = options.onTrace;
  const model = options.answerModel ?? answerModel();
  const lexicon = options.lexicon ?? loadLexicon();
  const articles = new Map<string, PreparedArticle>();
  // Capitalized-word sets are built on first use, like the rest of an article's analysis.
  const proper = new Map<string, Set<string>>();
  const index = new SentenceIndex(options.snapshot?.index);
  for (const a of options.snapshot?.articles ?? []) articles.set(a.id, restoreArticle(a));
  const vocabulary = new FuzzyVocabulary(() => index.surfaceWords(), () => index.version, 2, 20_000, (w) => index.surfaceCount(w));
  const englishVocabulary = new FuzzyVocabulary(() => lexicon.englishWords(), () => 0, 1);
  const corpus: CorpusView = {
    article: (id) => articles.get(id),
    properWords: (id) => {
      let words = proper.get(id);
      if (!words) {
        const article = articles.get(id);
        words = article ? properWordsOf(article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))) : new Set<string>();
        if (article) proper.set(id, words);
      }
      return words;
    },
  };

  /** Prepare and index one article; its analysis waits for the first question that reads it. */
  function prepareAndIndex(source: ArticleSource): PreparedArticle {
    const article = prepareArticle(source);
    articles.delete(article.id);
    articles.set(article.id, article);
    proper.delete(article.id);
    index.add(article);
    return article;
  }

  function addMany(sources: readonly ArticleSource[]): PreparedArticle[] {
    const added = sources.map(prepareAndIndex);
    if (sources.length <= EAGER_ANALYSIS_MAX) for (const a of added) a.analyzeNow();
    index.freeze();
    return added;
  }

  /** Hand a batch ingested elsewhere to the engine: its articles by id, its index absorbed. */
  function commit(batch: IngestedBatch): PreparedArticle[] {
    const added = batch.articles.map((a) => {
      const article = restoreArticle(a, a.analysis);
      articles.delete(article.id);
      articles.set(article.id, article);
      proper.delete(article.id);
      return article;
    });
    index.absorb(batch.state);
    return added;
  }

  async function ingest(sources: readonly ArticleSource[]): Promise<IngestOutcome> {
    const outcome: IngestOutcome = { articles: [], failed: [] };
    const thread = options.ingestThread ?? sharedIngestThread();
    await ingestInOrder(chunksOf(sources, options.ingestChunkChars), { thread, analyze: sources.length <= EAGER_ANALYSIS_MAX }, (chunk, result) => {
      if ('batch' in result) outcome.articles.push(...commit(result.batch));
      else outcome.failed.push(...chunk.map((source) => ({ source, reason: result.error.message })));
    });
    return outcome;
  }

  function scopeOf(options: AskOptions): string[] {
    let ids = [...articles.keys()];
    if (options.articles) {
      const allowed = new Set(options.articles);
      ids = ids.filter((id) => allowed.has(id));
    }
    if (options.article !== undefined) ids = ids.filter((id) => id === options.article);
    return ids;
  }

  /**
   * The articles the answer stage looks at (quotes, metadata, hints): all of a small scope, else
   * those the ranking found, so a 10,000-article corpus costs no more than its best hits.
   */
  function relevantArticles(scopeIds: readonly string[] | null, hitArticles: readonly string[]): string[] {
    const all = scopeIds ?? (articles.size <= RELEVANT_LIMIT ? [...articles.keys()] : null);
    if (all && all.length <= RELEVANT_LIMIT) return [...all];
    const fromHits = [...new Set(hitArticles)].slice(0, HIT_ARTICLES);
    if (fromHits.length) return fromHits;
    return (all ?? [...articles.keys()]).slice(0, 5);
  }

  /** The ranking's paragraphs beyond the cited ones, best first, up to RELATED_TOTAL in all. */
  function relatedParagraphs(hits: readonly SentenceHit[], citations: readonly Citation[]): ParagraphRef[] {
    const seen = new Set(citations.map((c) => `${c.article}\u0000${c.paragraph}`));
    const out: ParagraphRef[] = [];
    for (const h of hits) {
      if (seen.size >= RELATED_TOTAL || out.length + citations.length >= RELATED_TOTAL) break;
      const key = `${h.doc.article}\u0000${h.doc.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ article: h.doc.article, title: articles.get(h.doc.article)?.meta.title ?? null, paragraph: h.doc.paragraph, score: Math.round(h.score * 1000) / 1000 });
    }
    return out;
  }

  function ask(rawQuestion: string, options: AskOptions = {}): Answer {
    const question = String(rawQuestion ?? '').replace(CONTROL, ' ').slice(0, settings.maxQuestionChars).trim();
    const conversation = options.conversation;
    const prevLanguage = conversation?.turns.at(-1)?.answer.language ?? null;
    // Scope filtering costs a set of every article id: only when the caller restricts the scope.
    const restricted = options.article !== undefined || options.articles !== undefined;
    const scopeIds = restricted ? scopeOf(options) : null;
    const analysis0 = analyzeQuestion(question, prevLanguage);
    analysis0.words = analysis0.words.slice(0, settings.maxQuestionWords);
    const resolved = resolveFollowUp(analysis0, conversation);
    const analysis = resolved.analysis;
    const inScopeSet = scopeIds ? new Set(scopeIds) : null;
    const groups = expandQuery(analysis.words, analysis.language, { index, vocabulary, lexicon, englishVocabulary });
    const ranking = rankSentences(index, groups, inScopeSet ? (id) => inScopeSet.has(id) : ALL);
    if (resolved.previousParagraphs.size) {
      for (const h of ranking.hits) if (resolved.previousParagraphs.has(`${h.doc.article}\u0000${h.doc.paragraph}`)) h.score *= settings.followUpBoost;
      ranking.hits.sort((a, b) => b.score - a.score);
    }
    const scope = relevantArticles(scopeIds, ranking.hits.map((h) => h.doc.article));
    const ctx: AnswerContext = {
      analysis, groups, ranking, corpus, scope, previousParagraphs: resolved.previousParagraphs, focus: resolved.focus, isFollowUp: resolved.isFollowUp, previousAnswer: resolved.previousAnswer, model,
      ...(onTrace ? { trace: (t: AnswerTrace) => onTrace(question, t) } : {}),
    };
    const anyArticle = scopeIds ? scopeIds.length > 0 : articles.size > 0;
    // Yes/no: "yes" with the sentence that states it, else not found (never a bare span).
    const yesNo = isYesNoQuestion(analysis);
    const extraction = question && anyArticle ? (yesNo ? answerYesNo(ctx) : answerFrom(ctx, settings)) : null;
    if (extraction) extraction.citations = supportingCitations(ctx, extraction);
    const wholeScope = (scopeIds ? scopeIds.length : articles.size) <= RELEVANT_LIMIT;
    const scoped = scope.map((id) => articles.get(id)).filter((a): a is PreparedArticle => a !== undefined);
    let normalized: string | null = null;
    if (extraction?.date) normalized = formatIsoDate(extraction.date.iso, analysis.language);
    else if (extraction && analysis.meta === 'published') {
      const iso = scoped.find((a) => a.meta.published === extraction.answer)?.meta.publishedIso;
      normalized = iso ? formatIsoDate(iso, analysis.language) : null;
    } else if (extraction && NUMERIC_KINDS.has(analysis.kind)) normalized = normalizeNumber(extraction.answer, analysis.language);
    const answer: Answer = {
      question,
      language: analysis.language,
      type: yesNo ? 'yes-no' : analysis.type,
      found: extraction !== null,
      answer: extraction?.answer ?? null,
      normalized,
      citations: extraction?.citations ?? [],
      related: relatedParagraphs(extraction ? supportingHits(ctx, extraction) : ranking.hits, extraction?.citations ?? []),
      confidence: extraction ? Math.round(Math.max(0.05, Math.min(1, extraction.confidence)) * 100) / 100 : 0,
      hint: extraction ? null : coverageHint(wholeScope ? scoped : scoped.slice(0, HINT_ARTICLES)),
    };
    if (conversation) {
      conversation.turns.push({
        question,
        answer,
        focus: extraction?.focus.length ? extraction.focus : resolved.focus,
        terms: analysis.words.map((w) => w.surface),
        kind: analysis.kind,
        head: analysis.head,
      });
      if (conversation.turns.length > settings.maxTurns) conversation.turns.splice(0, conversation.turns.length - settings.maxTurns);
    }
    return answer;
  }

  addMany(sources);

  return {
    ask,
    add: (source) => prepareAndIndex(source).analyzeNow(),
    addMany,
    ingest,
    articles: () => [...articles.values()],
    article: (id) => articles.get(id),
    remove(id) {
      proper.delete(id);
      index.remove(id);
      return articles.delete(id);
    },
    quotes(filter = {}) {
      const allowed = filter.articles ? new Set(filter.articles) : null;
      const wanted = filter.speaker ? fold(filter.speaker) : null;
      return [...articles.values()].filter((a) => !allowed || allowed.has(a.id)).flatMap((a) => a.quotes
        .filter((q) => !wanted || fold(q.speaker).includes(wanted))
        .map((q) => ({ ...q, article: a.id, title: a.meta.title })));
    },
    examples: (count, language, ids) => exampleQuestions(scopeOf(ids ? { articles: ids } : {}).map((id) => articles.get(id)).filter((a): a is PreparedArticle => !!a), count, language),
    gloss: (text) => glossText(text, lexicon),
    warmUp: () => {
      const start = performance.now();
      const sample = [...articles.values()].slice(0, 3);
      const questions = [...exampleQuestions(sample, 3, 'en'), ...exampleQuestions(sample, 3, 'id'), WARM_UP_TYPO, WARM_UP_NOT_FOUND];
      const conversation = newConversation();
      for (const q of questions) ask(q, { conversation });
      ask(WARM_UP_FOLLOW_UP, { conversation });
      return performance.now() - start;
    },
    snapshot: (extra = null) => ({ articles: [...articles.values()].map(snapshotArticle), index: index.state(), extra }),
    timeline: (id) => {
      const article = articles.get(id);
      return article ? timelineOf(article) : [];
    },
  };
}
