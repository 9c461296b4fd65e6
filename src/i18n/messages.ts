/**
 * Every user-facing sentence of Kutip, English and Indonesian, for the Discord bot and the console.
 * Text only: callers escape what they insert (Discord markdown) and choose the locale (`pickLocale`).
 * Tests import these same strings, so a wording change never breaks an assertion.
 */
import type { CoverageHint, Language } from '../engine/types.ts';

/** The languages Kutip speaks; the same as the engine's question languages. */
export type Locale = Language;

const en = {
  locale: 'en' as Locale,
  labels: {
    answer: 'Answer',
    source: 'Source',
    sources: 'Sources',
    paragraph: '¶',
    showParagraph: 'Show paragraph',
    more: 'More',
    /** The button that shows the Indonesian excerpt with English words in brackets. */
    gloss: 'English gloss',
    glossTitle: 'Word gloss, not a translation',
    glossNote: 'English dictionary glosses of the Indonesian words, in [brackets]. The citation is the verbatim Indonesian text above.',
    published: 'Published',
    /** Where a metadata answer (byline, date) comes from: the article's header, not a ¶. */
    header: 'article header',
    question: 'Question',
    untitled: 'Untitled article',
    /** A yes/no question a sentence of the article states. */
    yes: 'Yes',
    previous: 'Previous page',
    next: 'Next page',
  },
  answer: {
    /** "The article does not say", then what the articles cover, from the engine's hint data. */
    notFound: (hint: CoverageHint): string => {
      const head = hint.titles.length > 1 ? 'The articles do not say.' : 'The article does not say.';
      const covers = [...hint.people, ...hint.topics];
      return covers.length === 0 ? head : `${head} ${hint.titles.length > 1 ? 'They cover' : 'It covers'}: ${covers.join(', ')}.`;
    },
    /** Title and footer of what the "More" button shows: the next relevant paragraphs. */
    moreTitle: 'More from the article',
    morePage: (from: number, to: number, total: number): string =>
      (total === 1 ? '1 more paragraph' : `${from === to ? from : `${from}–${to}`} of ${total} more paragraphs`),
    noMore: 'There are no other relevant paragraphs for this answer.',
  },
  errors: {
    generic: 'Something went wrong answering that — please try again.',
    /** `retryAt` in milliseconds since the epoch; rendered by Discord as "in 12 seconds". */
    rateLimited: (retryAt: number): string => `Slow down: try again <t:${Math.ceil(retryAt / 1000)}:R>.`,
    empty: 'Your question is empty: write it after the mention (“@Kutip who said …?”) or use /ask.',
    tooLong: (max: number): string => `Question too long: at most ${max} characters. Shorten it and ask again.`,
    unreadable: 'I can only read replies that mention me: keep “@ mention” on when replying, or use /ask.',
    expired: 'This button has expired: ask the question again.',
    /** A question (or /articles, /source, /timeline) when this server can see no article at all. */
    noArticlesYet: 'No articles are loaded yet — an admin can add one with /article add.',
  },
  help: {
    title: 'Kutip: ask about the news',
    body: [
      'Ask a question about the loaded article(s), in English or Indonesian. Kutip answers briefly and quotes the paragraph it found the answer in, verbatim, with its ¶ number.',
      '',
      '• `/ask question:…`, or mention me: `@Kutip who said …?`',
      '• Reply to one of my answers to follow up: “and when did he say that?”',
      '• Yes/no questions (“Did Rutte say …?”) get “Yes” with the sentence that says so.',
      '• `/quotes` lists who said what, `/source` shows the article(s).',
      '• `/articles` lists what you can ask about in this server, `/timeline` an article’s dated events; server admins add articles with `/article add`.',
      '',
      'If the article does not say, Kutip says so instead of guessing.',
    ].join('\n'),
    examples: 'Try asking',
  },
  source: {
    title: 'The articles',
    outlet: 'Outlet',
    author: 'Author',
    published: 'Published',
    paragraphs: 'Paragraphs',
    language: 'Language',
    unknown: 'not stated',
    languageName: (lang: Language): string => (lang === 'id' ? 'Indonesian' : 'English'),
  },
  quotes: {
    title: 'Who said what',
    titleFor: (speaker: string): string => `What ${speaker} said`,
    none: 'No attributed quotes were found.',
    noneFor: (speaker: string): string => `No quotes attributed to ${speaker} were found.`,
    reported: 'reported',
    andMore: (n: number): string => `…and ${n} more.`,
    /** `/quotes speaker:` that matches nobody: the speakers there are instead. */
    noneForSuggest: (speaker: string, speakers: readonly string[]): string => (speakers.length === 0
      ? `No quotes attributed to ${speaker} were found, and no one is quoted in these articles.`
      : `No quotes attributed to ${speaker} were found. Quoted in these articles: ${speakers.join(', ')}.`),
    page: (page: number, pages: number, count: number): string => `Page ${page} of ${pages} · ${count} quote${count === 1 ? '' : 's'}`,
    notYours: 'Only the person who ran /quotes can turn these pages: run /quotes to get your own.',
    expired: 'These pages have expired: run /quotes again.',
  },
  commands: {
    ask: 'Ask a question about the news article(s)',
    askQuestion: 'Your question, in English or Indonesian',
    askArticle: 'Search only this article',
    quotes: 'Who said what: the attributed quotes in the article(s)',
    quotesSpeaker: 'Only quotes from this person',
    source: 'The article(s): title, outlet, author, date and paragraphs',
    help: 'How to ask Kutip, with example questions',
    article: 'Add or remove the articles this server can ask about (Manage Server)',
    articleAdd: 'Add a news article: attach a .txt or .md file, or leave it out to paste the text',
    articleAddFile: 'The article as a .txt or .md file (UTF-8 text, at most 1 MB)',
    articleRemove: 'Remove an article that was added in this server',
    articleRemoveId: 'The article to remove',
    articles: 'The articles you can ask about in this server',
    timeline: 'The dated events of an article, in order, each with its ¶ number',
    timelineArticle: 'The article: pick one, or type part of its title (optional with one article)',
  },
  /** Command, subcommand and option names ([a-z-], at most 32 characters); English ones are the canonical names. */
  commandNames: {
    ask: 'ask',
    question: 'question',
    article: 'article',
    quotes: 'quotes',
    speaker: 'speaker',
    source: 'source',
    help: 'help',
    articles: 'articles',
    timeline: 'timeline',
    add: 'add',
    remove: 'remove',
    file: 'file',
    id: 'id',
  },
  upload: {
    unavailable: 'Adding articles is not available on this bot: it runs without article storage.',
    guildOnly: 'Articles can only be added or removed in a server, not in direct messages.',
    notAdmin: 'Only members with the Manage Server permission can add or remove articles.',
    notText: (name: string): string =>
      `${name} is not a text file. Attach a .txt or .md file (UTF-8), or run /article add without a file to paste the text. Nothing was added.`,
    /** `size` is null when the download was stopped at the limit, before its end. */
    tooLarge: (size: string | null, max: string): string =>
      `The file is too large (${size ?? `over ${max}`}): the limit is ${max}. Nothing was added.`,
    notFromCdn: 'That attachment is not served by Discord, so it was not downloaded. Nothing was added.',
    downloadFailed: 'The file could not be downloaded from Discord: try again in a moment. Nothing was added.',
    empty: 'The file is empty. Nothing was added.',
    binary: 'The file is binary, not text: attach a .txt or .md file. Nothing was added.',
    notUtf8: 'The file is not valid UTF-8 text: save it as UTF-8 and attach it again. Nothing was added.',
    noWords: 'The file has no words in it. Nothing was added.',
    noParagraphs: 'No article paragraphs were found in it (only short lines or headings). Nothing was added.',
    unreadable: (reason: string): string => `The file could not be read as an article (${reason}). Nothing was added.`,
    storage: 'The article could not be saved, so nothing was added. Try again later.',
    added: (title: string): string => `Added: ${title}`,
    unchanged: (title: string): string => `Already added: ${title}`,
    speakers: 'Speakers found',
    noSpeakers: 'none found',
    id: 'Id',
    askNow: 'It can be asked about now in this server with /ask (pick it in the article option to search only it).',
    modalTitle: 'Add an article',
    modalTitleField: 'Title (optional)',
    modalTextField: 'Article text',
    modalTextHint: 'Paste the whole article: title, date line, then its paragraphs.',
    removed: (title: string): string => `Removed: ${title}. It can no longer be asked about in this server.`,
    notFound: 'This server has no added article with that id. Pick one from the list (/articles shows them).',
    bundled: 'That article comes with the bot and is visible in every server: it cannot be removed from Discord.',
  },
  library: {
    title: 'What you can ask about here',
    builtIn: 'built in',
    addedHere: 'added in this server',
    footer: 'Server admins add articles with /article add; /timeline shows an article’s dated events.',
  },
  timeline: {
    title: (title: string): string => `Timeline: ${title}`,
    none: 'No dated events were found in this article.',
    /** No article option while the server can see several. */
    pick: (count: number): string => `${count} articles can be asked about here: pick one in the article option, or type part of its title.`,
    /** A typed value that matches no article, or several. */
    noMatch: (typed: string): string => `No article here matches “${typed}”. Pick one from the list, or type part of its title or its id (/articles shows them).`,
    several: (typed: string, titles: readonly string[]): string =>
      `Several articles match “${typed}”: ${titles.join('; ')}. Type more of the title, or pick one from the list.`,
  },
  console: {
    welcome: (count: number): string =>
      `Kutip: ${count} article${count === 1 ? '' : 's'} loaded. Ask a question in English or Indonesian (/help for commands, Ctrl-D to quit).`,
    help: [
      'Type a question and press Enter. Follow-up questions (“and when?”) continue the conversation.',
      '/reset   start a new conversation',
      '/help    show this help',
      'Ctrl-D   quit',
    ].join('\n'),
    reset: 'New conversation.',
    unknownCommand: (command: string): string => `Unknown command ${command}.`,
    bye: 'Bye.',
    prompt: 'kutip> ',
    noArticles: (dir: string): string =>
      `No articles could be loaded from ${dir}. Put .txt or .md article files there, or set DATA_DIR (or --data) to their folder.`,
    skipped: (file: string, reason: string): string => `Skipped ${file}: ${reason}`,
  },
};

/** The shape both locales share; tests check they have the same keys. */
export type Messages = typeof en;

const id: Messages = {
  locale: 'id',
  labels: {
    answer: 'Jawaban',
    source: 'Sumber',
    sources: 'Sumber',
    paragraph: '¶',
    showParagraph: 'Tampilkan paragraf',
    more: 'Lainnya',
    gloss: 'Glosarium Inggris',
    glossTitle: 'Glosarium kata, bukan terjemahan',
    glossNote: 'Padanan kamus bahasa Inggris untuk kata-kata Indonesia, dalam [kurung siku]. Kutipannya adalah teks Indonesia asli di atas.',
    published: 'Terbit',
    header: 'kepala artikel',
    question: 'Pertanyaan',
    untitled: 'Artikel tanpa judul',
    yes: 'Ya',
    previous: 'Halaman sebelumnya',
    next: 'Halaman berikutnya',
  },
  answer: {
    notFound: (hint) => {
      const many = hint.titles.length > 1;
      const head = many ? 'Artikel-artikel ini tidak menyebutkannya.' : 'Artikel tidak menyebutkannya.';
      const covers = [...hint.people, ...hint.topics];
      return covers.length === 0 ? head : `${head} ${many ? 'Artikel-artikel ini' : 'Artikel ini'} membahas: ${covers.join(', ')}.`;
    },
    moreTitle: 'Lainnya dari artikel',
    morePage: (from, to, total) => (total === 1 ? '1 paragraf lagi' : `${from === to ? from : `${from}–${to}`} dari ${total} paragraf lagi`),
    noMore: 'Tidak ada paragraf lain yang relevan untuk jawaban ini.',
  },
  errors: {
    generic: 'Terjadi kesalahan saat menjawab — silakan coba lagi.',
    rateLimited: (retryAt) => `Pelan-pelan: coba lagi <t:${Math.ceil(retryAt / 1000)}:R>.`,
    empty: 'Pertanyaan Anda kosong: tulis setelah mention (“@Kutip siapa yang mengatakan …?”) atau gunakan /ask.',
    tooLong: (max) => `Pertanyaan terlalu panjang: maksimal ${max} karakter. Persingkat lalu tanyakan lagi.`,
    unreadable: 'Saya hanya bisa membaca balasan yang me-mention saya: biarkan “@ mention” aktif saat membalas, atau gunakan /ask.',
    expired: 'Tombol ini sudah kedaluwarsa: ajukan pertanyaannya lagi.',
    noArticlesYet: 'Belum ada artikel yang dimuat — admin server bisa menambahkannya dengan /article add.',
  },
  help: {
    title: 'Kutip: bertanya tentang berita',
    body: [
      'Ajukan pertanyaan tentang artikel yang dimuat, dalam bahasa Indonesia atau Inggris. Kutip menjawab singkat dan mengutip paragraf sumber jawabannya apa adanya, dengan nomor ¶.',
      '',
      '• `/ask question:…`, atau mention saya: `@Kutip siapa yang mengatakan …?`',
      '• Balas salah satu jawaban saya untuk bertanya lanjutan: “lalu kapan dia mengatakannya?”',
      '• Pertanyaan ya/tidak (“Apakah Rutte menyebut …?”) dijawab “Ya” dengan kalimat yang menyatakannya.',
      '• `/quotes` menampilkan siapa berkata apa, `/source` menampilkan artikelnya.',
      '• `/articles` menampilkan yang bisa ditanyakan di server ini, `/timeline` peristiwa bertanggal dalam artikel; admin server menambahkan artikel dengan `/article add`.',
      '',
      'Jika artikel tidak menyebutkannya, Kutip mengatakan demikian, bukan menebak.',
    ].join('\n'),
    examples: 'Coba tanyakan',
  },
  source: {
    title: 'Artikel',
    outlet: 'Media',
    author: 'Penulis',
    published: 'Terbit',
    paragraphs: 'Paragraf',
    language: 'Bahasa',
    unknown: 'tidak disebutkan',
    languageName: (lang) => (lang === 'id' ? 'Indonesia' : 'Inggris'),
  },
  quotes: {
    title: 'Siapa berkata apa',
    titleFor: (speaker) => `Yang dikatakan ${speaker}`,
    none: 'Tidak ditemukan kutipan yang diatribusikan.',
    noneFor: (speaker) => `Tidak ditemukan kutipan dari ${speaker}.`,
    reported: 'tidak langsung',
    andMore: (n) => `…dan ${n} lainnya.`,
    noneForSuggest: (speaker, speakers) => (speakers.length === 0
      ? `Tidak ditemukan kutipan dari ${speaker}, dan tidak ada yang dikutip dalam artikel ini.`
      : `Tidak ditemukan kutipan dari ${speaker}. Yang dikutip dalam artikel ini: ${speakers.join(', ')}.`),
    page: (page, pages, count) => `Halaman ${page} dari ${pages} · ${count} kutipan`,
    notYours: 'Hanya orang yang menjalankan /quotes yang bisa membalik halaman ini: jalankan /quotes untuk daftar Anda sendiri.',
    expired: 'Halaman ini sudah kedaluwarsa: jalankan /quotes lagi.',
  },
  commands: {
    ask: 'Ajukan pertanyaan tentang artikel berita',
    askQuestion: 'Pertanyaan Anda, dalam bahasa Indonesia atau Inggris',
    askArticle: 'Cari hanya di artikel ini',
    quotes: 'Siapa berkata apa: kutipan yang diatribusikan dalam artikel',
    quotesSpeaker: 'Hanya kutipan dari orang ini',
    source: 'Artikel: judul, media, penulis, tanggal dan jumlah paragraf',
    help: 'Cara bertanya kepada Kutip, dengan contoh pertanyaan',
    article: 'Tambah atau hapus artikel yang bisa ditanyakan di server ini (Kelola Server)',
    articleAdd: 'Tambahkan artikel berita: lampirkan berkas .txt atau .md, atau kosongkan untuk menempelkan teks',
    articleAddFile: 'Artikel sebagai berkas .txt atau .md (teks UTF-8, maksimal 1 MB)',
    articleRemove: 'Hapus artikel yang ditambahkan di server ini',
    articleRemoveId: 'Artikel yang akan dihapus',
    articles: 'Artikel yang bisa Anda tanyakan di server ini',
    timeline: 'Peristiwa bertanggal dalam artikel, berurutan, masing-masing dengan nomor ¶',
    timelineArticle: 'Artikelnya: pilih, atau ketik sebagian judulnya (opsional jika hanya ada satu artikel)',
  },
  commandNames: {
    ask: 'tanya',
    question: 'pertanyaan',
    article: 'artikel',
    quotes: 'kutipan',
    speaker: 'narasumber',
    source: 'sumber',
    help: 'bantuan',
    articles: 'daftar-artikel',
    timeline: 'linimasa',
    add: 'tambah',
    remove: 'hapus',
    file: 'berkas',
    id: 'id',
  },
  upload: {
    unavailable: 'Menambahkan artikel tidak tersedia di bot ini: bot berjalan tanpa penyimpanan artikel.',
    guildOnly: 'Artikel hanya bisa ditambahkan atau dihapus di server, bukan di pesan langsung.',
    notAdmin: 'Hanya anggota dengan izin Kelola Server yang bisa menambahkan atau menghapus artikel.',
    notText: (name) =>
      `${name} bukan berkas teks. Lampirkan berkas .txt atau .md (UTF-8), atau jalankan /article add tanpa berkas untuk menempelkan teksnya. Tidak ada yang ditambahkan.`,
    tooLarge: (size, max) =>
      `Berkas terlalu besar (${size ?? `lebih dari ${max}`}): batasnya ${max}. Tidak ada yang ditambahkan.`,
    notFromCdn: 'Lampiran itu tidak berasal dari Discord, jadi tidak diunduh. Tidak ada yang ditambahkan.',
    downloadFailed: 'Berkas tidak bisa diunduh dari Discord: coba lagi sebentar lagi. Tidak ada yang ditambahkan.',
    empty: 'Berkasnya kosong. Tidak ada yang ditambahkan.',
    binary: 'Berkasnya biner, bukan teks: lampirkan berkas .txt atau .md. Tidak ada yang ditambahkan.',
    notUtf8: 'Berkasnya bukan teks UTF-8 yang valid: simpan sebagai UTF-8 lalu lampirkan lagi. Tidak ada yang ditambahkan.',
    noWords: 'Berkasnya tidak berisi kata apa pun. Tidak ada yang ditambahkan.',
    noParagraphs: 'Tidak ditemukan paragraf artikel di dalamnya (hanya baris pendek atau judul). Tidak ada yang ditambahkan.',
    unreadable: (reason) => `Berkas tidak bisa dibaca sebagai artikel (${reason}). Tidak ada yang ditambahkan.`,
    storage: 'Artikel tidak bisa disimpan, jadi tidak ada yang ditambahkan. Coba lagi nanti.',
    added: (title) => `Ditambahkan: ${title}`,
    unchanged: (title) => `Sudah ada: ${title}`,
    speakers: 'Narasumber yang ditemukan',
    noSpeakers: 'tidak ditemukan',
    id: 'Id',
    askNow: 'Artikel ini sudah bisa ditanyakan di server ini dengan /ask (pilih di opsi article untuk mencari hanya di artikel ini).',
    modalTitle: 'Tambahkan artikel',
    modalTitleField: 'Judul (opsional)',
    modalTextField: 'Teks artikel',
    modalTextHint: 'Tempel seluruh artikel: judul, baris tanggal, lalu paragrafnya.',
    removed: (title) => `Dihapus: ${title}. Artikel ini tidak bisa ditanyakan lagi di server ini.`,
    notFound: 'Server ini tidak punya artikel tambahan dengan id itu. Pilih dari daftar (/articles menampilkannya).',
    bundled: 'Artikel itu bawaan bot dan terlihat di semua server: tidak bisa dihapus dari Discord.',
  },
  library: {
    title: 'Yang bisa Anda tanyakan di sini',
    builtIn: 'bawaan',
    addedHere: 'ditambahkan di server ini',
    footer: 'Admin server menambahkan artikel dengan /article add; /timeline menampilkan peristiwa bertanggal dalam artikel.',
  },
  timeline: {
    title: (title) => `Linimasa: ${title}`,
    none: 'Tidak ditemukan peristiwa bertanggal dalam artikel ini.',
    pick: (count) => `Ada ${count} artikel yang bisa ditanyakan di sini: pilih salah satu di opsi article, atau ketik sebagian judulnya.`,
    noMatch: (typed) => `Tidak ada artikel di sini yang cocok dengan “${typed}”. Pilih dari daftar, atau ketik sebagian judul atau id-nya (/articles menampilkannya).`,
    several: (typed, titles) => `Beberapa artikel cocok dengan “${typed}”: ${titles.join('; ')}. Ketik lebih banyak dari judulnya, atau pilih dari daftar.`,
  },
  console: {
    welcome: (count) =>
      `Kutip: ${count} artikel dimuat. Ajukan pertanyaan dalam bahasa Indonesia atau Inggris (/help untuk perintah, Ctrl-D untuk keluar).`,
    help: [
      'Ketik pertanyaan lalu tekan Enter. Pertanyaan lanjutan (“lalu kapan?”) melanjutkan percakapan.',
      '/reset   mulai percakapan baru',
      '/help    tampilkan bantuan ini',
      'Ctrl-D   keluar',
    ].join('\n'),
    reset: 'Percakapan baru.',
    unknownCommand: (command) => `Perintah ${command} tidak dikenal.`,
    bye: 'Sampai jumpa.',
    prompt: 'kutip> ',
    noArticles: (dir) =>
      `Tidak ada artikel yang bisa dimuat dari ${dir}. Taruh berkas artikel .txt atau .md di sana, atau atur DATA_DIR (atau --data) ke foldernya.`,
    skipped: (file, reason) => `Dilewati ${file}: ${reason}`,
  },
};

const ALL: Record<Locale, Messages> = { en, id };

/** All user-facing text in one locale. */
export function messages(locale: Locale): Messages {
  return ALL[locale];
}

/**
 * The reply language. Rule: the question's language first (people answer in the language they were
 * asked in: an English question from an Indonesian Discord client gets English labels). Without a
 * question — /help, /source, a notice before the question is read — the Discord client's language
 * decides: 'id' for any locale starting with "id", else English.
 */
export function pickLocale(discordLocale: string | null | undefined, questionLanguage?: Language | null): Locale {
  if (questionLanguage === 'id' || questionLanguage === 'en') return questionLanguage;
  return discordLocale?.toLowerCase().startsWith('id') === true ? 'id' : 'en';
}
