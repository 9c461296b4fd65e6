/**
 * Kutip's answer engine: the only entry point the bot and the CLI use.
 * Pure: no discord.js, no process.env. Deliberately not exported: the retrieval index and the
 * extraction internals, so they can change without touching callers.
 */
export { createEngine } from './engine.ts';
export type { Engine, EngineOptions, IngestOutcome } from './engine.ts';
export { IngestThread } from './build/ingest-thread.ts';
export type { IngestThreadOptions } from './build/ingest-thread.ts';
export type { AnswerTrace } from './answer/context.ts';
export { loadArticleDir, decodeArticle, DEFAULT_MAX_ARTICLE_BYTES } from './corpus/load-dir.ts';
export type { LoadedDir, LoadDirOptions } from './corpus/load-dir.ts';
export { openCorpus } from './corpus/open-corpus.ts';
export { articleHeading } from './corpus/heading.ts';
export type { CorpusCacheOptions, OpenedCorpus } from './corpus/open-corpus.ts';
export { describeCache } from './corpus/cache-report.ts';
export type { CacheReport, RebuildReason } from './corpus/cache-report.ts';
export { newConversation } from './conversation/conversation.ts';
export { DEFAULT_SETTINGS } from './config.ts';
export type { EngineSettings } from './config.ts';
export type * from './types.ts';
