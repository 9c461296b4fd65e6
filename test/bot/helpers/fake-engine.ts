/**
 * A small, predictable stand-in for the answer engine, for the bot's tests: real `Engine` shape,
 * canned behaviour. Paragraph matching is plain keyword overlap (with a few English→Indonesian
 * bridges), enough to exercise found / not found / follow-up / Indonesian / throwing paths.
 */
import type { Answer, Article, ArticleQuote, ArticleSource, AskOptions, Citation, Engine, Language, Paragraph } from '../../../src/engine/index.ts';

/** Questions containing this marker make `ask` throw, like an engine bug would. */
export const THROW_MARKER = 'KABOOM';

/** Build a paragraph with the fields the bot reads. */
export function paragraph(number: number, text: string): Paragraph {
  return { number, text, sentences: [{ text, start: 0 }], dates: [] };
}

/** Build an article; `paragraphs` are texts numbered from 1. */
export function makeArticle(id: string, options: { title?: string | null; language?: Language; paragraphs: string[]; published?: string | null }): Article {
  return {
    id,
    language: options.language ?? 'id',
    meta: {
      title: options.title === undefined ? `Title of ${id}` : options.title,
      author: 'Fajar Nugraha', published: options.published === undefined ? '5 December 2024 11:53' : options.published,
      publishedIso: '2024-12-05T11:53', dateline: 'Brussels', outlet: 'Metrotvnews.com', caption: null, credits: [],
      editor: null, photos: [], sources: {},
    },
    paragraphs: options.paragraphs.map((t, i) => paragraph(i + 1, t)),
    people: [{ name: 'Mark Rutte', aliases: ['Rutte'], titles: ['Sekretaris Jenderal NATO'], paragraphs: [1, 3] }],
    quotes: [],
  };
}

/** Build an answer; defaults describe a found English answer with one citation. */
export function makeAnswer(partial: Partial<Answer> = {}): Answer {
  return {
    question: 'Who said Russia supports North Korea?', language: 'en', type: 'who-said', found: true,
    answer: 'Mark Rutte', normalized: null, citations: [], related: [], confidence: 0.9, hint: null, ...partial,
  };
}

/** Build a citation of `article` ¶`paragraph`. */
export function makeCitation(article: string, paragraphNumber: number, excerpt: string, title: string | null = `Title of ${article}`): Citation {
  return { article, title, paragraph: paragraphNumber, excerpt, score: 1 };
}

/** The bundled article's first paragraphs, verbatim. */
export const RUSIA_PARAGRAPHS = [
  'Brussels: Sekretaris Jenderal NATO, Mark Rutte, pada Senin 2 Desember 2024, mengungkapkan bahwa Rusia memberikan dukungan terhadap program rudal dan nuklir Korea Utara sebagai imbalan atas pengiriman pasukan oleh Pyongyang untuk membantu Rusia dalam perang melawan Ukraina.',
  'Dalam pernyataan usai pertemuan para menteri luar negeri NATO, Mark Rutte menegaskan bahwa aliansi antara Rusia dan Korea Utara tidak hanya memperburuk konflik di Ukraina tetapi juga berpotensi mengancam stabilitas Semenanjung Korea serta keamanan Amerika Serikat.',
  '“Sebagai imbalan atas pasukan dan senjata dari Korea Utara, Rusia memberikan dukungan pada program rudal dan nuklir Pyongyang,” ujar Rutte, seperti dilansir dari The Straits Times, Kamis 5 Desember 2024.',
  'Ia menambahkan bahwa perkembangan ini dapat menyebabkan ketidakstabilan di kawasan Korea dan menimbulkan ancaman langsung bagi Amerika Serikat.',
];

const BRIDGE: Record<string, string> = {
  russia: 'rusia', nuclear: 'nuklir', north: 'utara', support: 'dukungan', supports: 'dukungan', troops: 'pasukan',
  weapons: 'senjata', missile: 'rudal', offer: 'imbalan', offered: 'imbalan', said: 'ujar',
};
const GLOSS: Record<string, string> = { dukungan: 'support', program: 'program', rudal: 'missile', nuklir: 'nuclear', pasukan: 'troops', senjata: 'weapons' };
const STOP = new Set(['who', 'what', 'when', 'did', 'the', 'and', 'yang', 'apa', 'siapa', 'kapan', 'dia', 'he', 'say', 'that', 'a', 'of', 'to', 'is']);
const ID_WORDS = /\b(siapa|apa|kapan|yang|mengatakan|berapa|dimana|bagaimana|mengapa|lalu)\b/i;

/** Options for `createFakeEngine`. */
export interface FakeEngineOptions {
  articles?: Article[];
  quotes?: ArticleQuote[];
  /** Every found answer also cites this many extra copies of its best paragraph (for paging tests). */
  extraCitations?: number;
}

/** An `Engine` over hand-made articles. Calls are recorded in `calls`. */
export function createFakeEngine(options: FakeEngineOptions = {}): Engine & { calls: { question: string; options?: AskOptions }[] } {
  const articles = options.articles ?? [makeArticle('rusia-korea-utara', { title: 'Rusia Dukung Program Nuklir Korea Utara Demi Imbalan Bantuan Pasukan ke Ukraina', paragraphs: RUSIA_PARAGRAPHS })];
  const quotes: ArticleQuote[] = options.quotes ?? [
    { speaker: 'Mark Rutte', text: 'Sebagai imbalan atas pasukan dan senjata dari Korea Utara, Rusia memberikan dukungan pada program rudal dan nuklir Pyongyang', kind: 'direct', paragraph: 3, sentence: 0, article: articles[0]?.id ?? 'x', title: articles[0]?.meta.title ?? null },
    { speaker: 'Mark Rutte', text: 'perkembangan ini dapat menyebabkan ketidakstabilan di kawasan Korea', kind: 'reported', paragraph: 4, sentence: 0, article: articles[0]?.id ?? 'x', title: articles[0]?.meta.title ?? null },
  ];
  const calls: { question: string; options?: AskOptions }[] = [];

  const ask = (question: string, askOptions?: AskOptions): Answer => {
    calls.push(askOptions === undefined ? { question } : { question, options: askOptions });
    if (question.includes(THROW_MARKER)) throw new Error('engine exploded (test marker)');
    const language: Language = ID_WORDS.test(question) ? 'id' : 'en';
    const previous = askOptions?.conversation?.turns.at(-1);
    const followUp = previous !== undefined && /\b(he|she|dia|ia|that)\b/i.test(question);
    const words = question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const terms = words.filter((w) => !STOP.has(w) && w.length > 2).map((w) => BRIDGE[w] ?? w);
    const pool = articles.filter((a) => askOptions?.article === undefined || a.id === askOptions.article);
    const all = pool.flatMap((a) => a.paragraphs.map((p) => ({ a, p, score: terms.filter((t) => p.text.toLowerCase().includes(t)).length })));
    const scored = all
      .filter((x) => x.score >= 2 || (followUp && x.p.number === previous.answer.citations[0]?.paragraph))
      .sort((x, y) => y.score - x.score);
    // Paragraphs matching one word: "see also", behind the More button.
    const related = all.filter((x) => x.score === 1 && !scored.includes(x)).map((x) => ({ article: x.a.id, title: x.a.meta.title, paragraph: x.p.number, score: 0.5 }));
    const citations = scored.map((x) => makeCitation(x.a.id, x.p.number, x.p.text, x.a.meta.title));
    const best = citations[0];
    for (let i = 0; best !== undefined && i < (options.extraCitations ?? 0); i++) citations.push({ ...best });
    const found = citations.length > 0;
    // "What did Russia offer …?": a clause of the best paragraph, which the English gloss helps with.
    const clause = /^(?:what|apa)\b/i.test(question) && best !== undefined ? best.excerpt.split(/\s+/).slice(8, 15).join(' ') : null;
    const answer: Answer = makeAnswer({
      question, language, found, citations, related: found ? related : [], confidence: found ? 0.8 : 0.1,
      answer: found ? (clause ?? (followUp || /when|kapan/i.test(question) ? 'Senin 2 Desember 2024' : 'Mark Rutte')) : null,
      normalized: found && clause === null && (followUp || /when|kapan/i.test(question)) ? (language === 'en' ? 'Monday, 2 December 2024' : null) : null,
      type: clause !== null ? 'what' : /when|kapan/i.test(question) ? 'when' : 'who-said',
      hint: found ? null : { titles: pool.map((a) => a.meta.title ?? a.id), people: ['Mark Rutte', 'Donald Trump'], topics: ['nuklir', 'pasukan'] },
    });
    askOptions?.conversation?.turns.push({ question, answer, focus: found ? ['Mark Rutte'] : [], terms });
    return answer;
  };

  const add = (source: ArticleSource): Article => {
    const article = makeArticle(source.id, { paragraphs: source.text.split(/\n\s*\n/) });
    articles.push(article);
    return article;
  };
  return {
    calls,
    ask,
    articles: () => articles,
    article: (id) => articles.find((a) => a.id === id),
    add,
    addMany: (sources) => sources.map(add),
    ingest: (sources) => Promise.resolve({ articles: sources.map(add), failed: [] }),
    remove: (id) => {
      const i = articles.findIndex((a) => a.id === id);
      if (i >= 0) articles.splice(i, 1);
      return i >= 0;
    },
    quotes: (filter) => quotes.filter((q) => filter?.speaker === undefined || q.speaker.toLowerCase().includes(filter.speaker.toLowerCase())),
    examples: (count, language) => (language === 'id'
      ? ['Siapa yang mengatakan Rusia mendukung program nuklir Korea Utara?', 'Kapan Rutte mengatakannya?', 'Apa imbalan untuk Rusia?']
      : ["Who said Russia supports North Korea's nuclear program?", 'When did Rutte say it?', 'What did Russia get in return?']).slice(0, count),
    gloss: (text) => text.split(/\s+/).map((w) => { const g = GLOSS[w.toLowerCase()]; return g === undefined ? w : `${w} [${g}]`; }).join(' '),
    timeline: () => [],
    snapshot: () => { throw new Error('the fake engine has no index to persist'); },
    warmUp: () => 0,
  };
}
