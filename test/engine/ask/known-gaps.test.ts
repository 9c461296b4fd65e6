/**
 * Known gaps: questions a reader expects answered (or honestly not answered) that the engine gets
 * wrong today. Each is an `it.todo` so the suite stays green; each names the general mechanism
 * behind it, so the fix is to that mechanism, not to the fixture's wording.
 *
 * To see which gaps are still open, run them as real assertions (they fail until fixed):
 *   KUTIP_CHECK_GAPS=1 npx vitest run test/engine/ask/known-gaps.test.ts
 * When one passes, move it into the spec file of its kind as a normal test. Notes saying
 * "observed: …" record what the engine answered when the gap was filed; check mode prints the
 * current answer.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, newConversation } from '../../../src/engine/index.ts';
import type { ArticleSource, AskOptions, QuestionType } from '../../../src/engine/index.ts';
import {
  allSources, BUNDLED, BUS, EARNINGS, expectValidAnswer, FLOOD, MARKET, MINIMAL, register, TRANSFER, WIRE,
} from './support.ts';

interface Want {
  found: boolean;
  /** The short answer contains one of these (case-insensitive). */
  contains?: readonly string[];
  /** The first citation is one of these paragraphs (0 = metadata). */
  paragraph?: readonly number[];
  /** The normalized date contains this. */
  normalized?: string;
  type?: QuestionType;
  /** The short answer is a substring of the first citation's excerpt (strict "nothing invented"). */
  inFirstExcerpt?: boolean;
  /** The short answer is the reason clause: opens with a reason word, does not cut a quotation. */
  reasonClause?: boolean;
  /** For not-found answers: the hint lists this headline … */
  hintTitle?: string;
  /** … and does not list this as a person. */
  hintNotPerson?: string;
  /** … and lists this among its topics. */
  hintTopic?: string;
}

interface Gap {
  /** The general mechanism at fault. */
  area: string;
  /** Scope: one article id, or every article when absent. */
  article?: string;
  /** Earlier turns of the same conversation. */
  before?: readonly string[];
  /** An extra article to add first. */
  extra?: ArticleSource;
  q: string;
  want: Want;
  /** What a reader expects, in words. */
  note: string;
}

const NOT_FOUND: Want = { found: false };

const GAPS: readonly Gap[] = [
  // ── who: a title or role → the person ─────────────────────────────────────────────────────────
  { area: 'who: lower-case English title before a name ("chief executive Daniel Okafor")', article: EARNINGS, q: 'Who is the chief executive of Solvane Foods?', want: { found: true, contains: ['Daniel Okafor'], paragraph: [3] }, note: 'Daniel Okafor (¶3 "chief executive Daniel Okafor told reporters")' },
  { area: 'who: lower-case English title before a name, asked in Indonesian', article: EARNINGS, q: 'Siapa CEO Solvane Foods?', want: { found: true, contains: ['Daniel Okafor'], paragraph: [3] }, note: 'Daniel Okafor (¶3)' },
  { area: 'who: lower-case English title before a name, asked in Indonesian', article: EARNINGS, q: 'Siapa kepala eksekutif Solvane Foods?', want: { found: true, contains: ['Daniel Okafor'], paragraph: [3] }, note: 'Daniel Okafor (¶3)' },
  { area: 'who: lower-case English title before a name, asked in Indonesian', article: WIRE, q: 'Siapa kepala eksekutif Harrow & Finch?', want: { found: true, contains: ['Margaret Ellison'], paragraph: [3] }, note: 'Margaret Ellison (¶3 "chief executive Margaret Ellison said"); the English question already works' },
  { area: 'who: the answer to a who-question must be a person, not the rest of a title', article: FLOOD, q: 'Who is the head of the disaster agency?', want: { found: true, contains: ['Sri Wahyuningsih'], paragraph: [4] }, note: 'Sri Wahyuningsih (¶4 "Kepala Pelaksana BPBD Lembah Hijau, Sri Wahyuningsih"; BPBD = Badan Penanggulangan Bencana Daerah, ¶4)' },
  { area: 'who did <action>: Indonesian form fails where the English one works', article: TRANSFER, q: 'Siapa yang mengumumkan transfer Rafael?', want: { found: true, contains: ['Bambang'], paragraph: [2] }, note: 'Bambang Sutrisno (¶2 "Bambang Sutrisno, mengumumkan transfer tersebut"); "Who announced the transfer?" works' },

  // ── who is <named person> → their title / role ────────────────────────────────────────────────
  { area: 'who is <person>: answer the title or appositive the article gives them', article: BUNDLED, q: 'Who is Mark Rutte?', want: { found: true, contains: ['Sekretaris Jenderal NATO'], paragraph: [1] }, note: 'Sekretaris Jenderal NATO (¶1); observed: "Donald Trump" (¶9)' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: BUNDLED, q: 'Siapa Mark Rutte?', want: { found: true, contains: ['Sekretaris Jenderal NATO'], paragraph: [1] }, note: 'Sekretaris Jenderal NATO (¶1)' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: BUNDLED, q: 'Who is Donald Trump?', want: { found: true, contains: ['presiden Amerika Serikat'], paragraph: [9] }, note: 'presiden Amerika Serikat (¶9 "pelantikan Donald Trump sebagai presiden Amerika Serikat")' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: TRANSFER, q: 'Siapa Rafael Lima?', want: { found: true, contains: ['gelandang'], paragraph: [1] }, note: 'gelandang asal Brasil (¶1 "gelandang asal Brasil, Rafael Lima")' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: TRANSFER, q: 'Who is Rafael Lima?', want: { found: true, contains: ['gelandang'], paragraph: [1] }, note: 'gelandang asal Brasil (¶1)' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: FLOOD, q: 'Siapa Hendra Wijayakusuma?', want: { found: true, contains: ['Bupati Lembah Hijau'], paragraph: [2] }, note: 'Bupati Lembah Hijau (¶2); observed: "Rp5" (¶6), earlier "Lembah Hijau"' },
  { area: 'who is <person>: answer the title or appositive the article gives them', article: EARNINGS, q: 'Who is Daniel Okafor?', want: { found: true, contains: ['chief executive'], paragraph: [3] }, note: 'chief executive (¶3)' },

  // ── quotes ───────────────────────────────────────────────────────────────────────────────────
  { area: 'what did X say: "mengumumkan <object>" is not speech; prefer the direct quote or a clause of reported speech', article: TRANSFER, q: 'Apa kata Bambang?', want: { found: true, contains: ['Rafael adalah pemain', 'nilai transfer'], paragraph: [2, 3] }, note: 'his quote "Rafael adalah pemain yang kami cari sejak musim lalu…" (¶3) or "nilai transfer mencapai Rp12 miliar" (¶2), not "transfer tersebut di Stadion Mandala Krida…"' },
  { area: 'what did X say: "mengumumkan <object>" is not speech; prefer the direct quote or a clause of reported speech', article: TRANSFER, q: 'What did Bambang Sutrisno say?', want: { found: true, contains: ['Rafael adalah pemain', 'nilai transfer'], paragraph: [2, 3] }, note: 'as above' },
  { area: 'who (pronoun): "Ia mengaku …" refers to the subject of the previous sentence (Rafael), not the last capitalized name ("Chonburi Phoenix", a club)', article: TRANSFER, q: 'Siapa yang ingin bermain di depan suporter yang fanatik?', want: { found: true, contains: ['Rafael'], paragraph: [5] }, note: 'Rafael Lima (¶5 "Rafael mencetak 9 gol … Ia mengaku memilih Indonesia karena ingin bermain …"); observed: "Chonburi Phoenix"; ingestion also attributes this reported speech to Marco Vidal' },
  { area: 'who (pronoun): "Ia mengaku …" refers to the subject of the previous sentence (Rafael), not the last capitalized name ("Chonburi Phoenix", a club)', article: TRANSFER, q: 'Who wants to play in front of fanatical supporters?', want: { found: true, contains: ['Rafael'], paragraph: [5] }, note: 'Rafael Lima (¶5); observed: "Chonburi Phoenix"' },
  { area: 'who said: English paraphrase of an Indonesian quote', article: TRANSFER, q: 'Who said he had watched videos of the supporters?', want: { found: true, contains: ['Rafael'], paragraph: [6] }, note: 'Rafael Lima (¶6 "Saya sudah melihat video suporter di sini")' },
  { area: 'who said: the short answer is not in the first citation (canonical full name for "ujar Hendra")', article: FLOOD, q: 'Siapa yang mengatakan keselamatan warga adalah prioritas?', want: { found: true, contains: ['Hendra'], paragraph: [3], inFirstExcerpt: true }, note: 'a short answer that is verbatim in the first citation ("Hendra"), or cite the paragraph that introduces "Hendra Wijayakusuma" first; observed: "Hendra Wijayakusuma" while the ¶3 excerpt says only "ujar Hendra"' },
  { area: 'who said: the short answer is not in the first citation (pronoun speaker "she said")', article: WIRE, q: 'Who said the balance sheet is strong?', want: { found: true, contains: ['Ellison'], paragraph: [5], inFirstExcerpt: true }, note: 'Margaret Ellison, with a citation that contains the name (¶3/¶4) or an excerpt that does; observed: the ¶5 excerpt only says "she said"' },

  // ── typos ────────────────────────────────────────────────────────────────────────────────────
  { area: 'typos: misspelt reporting verb ("sayd") loses the who-said type', article: EARNINGS, q: 'Who sayd margins recovered faster than expectd?', want: { found: true, contains: ['Helena Marsh'], paragraph: [5] }, note: 'Helena Marsh (¶5), like the well-spelt question' },
  { area: 'typos: misspelt reporting verb ("sayd") loses the who-said type', article: WIRE, q: 'Who sayd the balance sheet is strong?', want: { found: true, contains: ['Ellison'], paragraph: [5] }, note: 'Margaret Ellison (¶5), not Rivers' },
  { area: 'typos: misspelt question word ("Wht")', article: WIRE, q: 'Wht did Margaret Ellison say?', want: { found: true, type: 'what-said', contains: ['Demand in our largest export market'], paragraph: [3] }, note: 'her quote (¶3), not "in a statement"' },
  { area: 'typos: misspelt question word ("Wht")', article: FLOOD, q: 'Wht did Darmi say?', want: { found: true, type: 'what-said', contains: ['sepinggang', 'air masuk'], paragraph: [7] }, note: 'Darmi\'s words (¶7), not "kata Darmi"' },
  { area: 'typos: chat abbreviation "brp" = berapa', article: TRANSFER, q: 'brp gol rafael musim lalu', want: { found: true, type: 'how-many', contains: ['9 gol'], paragraph: [5] }, note: '9 gol (¶5), not "lalu"' },

  // ── when ─────────────────────────────────────────────────────────────────────────────────────
  { area: 'when: year of a date written without one ("April 24") comes from the article date (Feb 2025)', article: EARNINGS, q: 'When will Solvane hold its annual shareholder meeting?', want: { found: true, contains: ['April 24'], paragraph: [7], normalized: '24 April 2025' }, note: 'April 24 → 24 April 2025 (article published 12 February 2025; observed: normalized to 2024)' },
  { area: 'when: year of a date written without one ("April 24") comes from the article date (Feb 2025)', article: EARNINGS, q: 'Kapan Solvane menggelar rapat pemegang saham tahunan?', want: { found: true, contains: ['April 24'], paragraph: [7], normalized: '24 April 2025' }, note: 'April 24 → 24 April 2025' },
  { area: 'when: a future event ("will publish … on Feb. 20") after a December article date is next year', article: WIRE, q: 'When will Harrow & Finch publish full-year results?', want: { found: true, contains: ['Feb. 20'], paragraph: [7], normalized: '20 February 2025' }, note: 'Feb. 20 → 20 February 2025 (article of 5 December 2024, future tense; observed: 2024)' },
  { area: 'when: Indonesian question over English text', article: EARNINGS, q: 'Kapan Solvane melaporkan hasilnya?', want: { found: true, contains: ['Wednesday'], paragraph: [1] }, note: 'Wednesday (¶1), like "When did Solvane report its results?"' },
  { area: 'when: clock times ("pukul 21.00 WIB") answer "jam/pukul berapa" and "what time"', article: MINIMAL, q: 'Sampai pukul berapa perpustakaan buka?', want: { found: true, contains: ['21.00'], paragraph: [1] }, note: 'pukul 21.00 WIB (¶1)' },
  { area: 'when: clock times ("pukul 21.00 WIB") answer "jam/pukul berapa" and "what time"', article: MINIMAL, q: 'Until what time is the library open?', want: { found: true, contains: ['21.00'], paragraph: [1] }, note: 'pukul 21.00 WIB (¶1)' },

  // ── where ────────────────────────────────────────────────────────────────────────────────────
  { area: 'where: English question over Indonesian text ("visit" ↔ "meninjau", "shelter" ↔ "posko pengungsian")', article: FLOOD, q: 'Where did Hendra visit the shelter?', want: { found: true, contains: ['Desa Sukarindang'], paragraph: [3] }, note: 'Desa Sukarindang (¶3), like "Di mana Hendra meninjau posko pengungsian?"' },
  { area: 'question type: the leading wh-word wins ("Where … when he spoke?" is a where-question)', article: FLOOD, q: 'Where was the regent when he spoke?', want: { found: true, type: 'where', contains: ['Desa Sukarindang'], paragraph: [3] }, note: 'type where, Desa Sukarindang (¶3); observed: typed "when" and answered "Selasa pagi"' },
  { area: 'where: Indonesian question over English text', article: EARNINGS, q: 'Di mana Solvane akan membuka dua pabrik baru?', want: { found: true, contains: ['Vietnam'], paragraph: [3] }, note: 'Vietnam (¶3), like "Where will Solvane open two new factories?"' },
  { area: 'where: the locative attached to the asked verb ("bertempur … di wilayah Kursk") beats a destination ("ke Rusia")', article: BUNDLED, q: 'Where are North Korean troops fighting?', want: { found: true, contains: ['Kursk'], paragraph: [5] }, note: 'Kursk (¶5); observed: "Rusia"' },
  { area: 'where: the locative attached to the asked verb ("bertempur … di wilayah Kursk") beats a destination ("ke Rusia")', article: BUNDLED, q: 'Di mana pasukan Korea Utara bertempur?', want: { found: true, contains: ['Kursk'], paragraph: [5] }, note: 'Kursk (¶5)' },
  { area: 'where/which: the place attached to the asked verb ("move orders to its site in Nottingham")', article: WIRE, q: 'Which city will get the orders?', want: { found: true, contains: ['Nottingham'], paragraph: [4] }, note: 'Nottingham (¶4), not Leicester (where the warehouse closes)' },
  { area: 'where/which: the place attached to the asked verb ("move orders to its site in Nottingham")', article: WIRE, q: 'Where will orders move?', want: { found: true, contains: ['Nottingham'], paragraph: [4] }, note: 'Nottingham (¶4)' },
  { area: 'where: a company name in the question must not send the answer to the dateline', article: WIRE, q: 'Where will Harrow & Finch close its warehouse?', want: { found: true, contains: ['Leicester'], paragraph: [4] }, note: 'Leicester (¶4); "Where will the company close its warehouse?" works, with the name it answers "LONDON"' },

  // ── how many / how much ──────────────────────────────────────────────────────────────────────
  { area: 'how many: English question over Indonesian text ("residents evacuated" ↔ "warga mengungsi")', article: FLOOD, q: 'How many residents were evacuated?', want: { found: true, contains: ['3.450'], paragraph: [4] }, note: '3.450 warga (¶4), like "Berapa warga mengungsi?"' },
  { area: 'how many: English question over Indonesian text ("residents evacuated" ↔ "warga mengungsi")', article: FLOOD, q: 'How many people were evacuated?', want: { found: true, contains: ['3.450'], paragraph: [4] }, note: '3.450 warga (¶4)' },
  { area: 'how many: the number whose unit is the asked noun ("12 desa" for "berapa desa")', article: FLOOD, q: 'How many villages were flooded?', want: { found: true, contains: ['12 desa'], paragraph: [1] }, note: '12 desa (¶1), not "tiga kecamatan"' },
  { area: 'how many: the number whose unit is the asked noun ("9 gol" for "goals")', article: TRANSFER, q: 'How many goals did Rafael score last season?', want: { found: true, contains: ['9 gol'], paragraph: [5] }, note: '9 gol (¶5), not "11 assist"; the Indonesian question works' },
  { area: 'how much: money ("santunan Rp5 juta") for "berapa santunan"; an age in parentheses "(54)" is not an answer', article: FLOOD, q: 'Berapa santunan untuk keluarga yang rumahnya rusak berat?', want: { found: true, contains: ['Rp5 juta'], paragraph: [6] }, note: 'Rp5 juta (¶6); observed: "54" from "Darmi (54)"' },
  { area: 'how much: money, English question over Indonesian text ("compensation" ↔ "santunan")', article: FLOOD, q: 'How much compensation will families get?', want: { found: true, contains: ['Rp5 juta'], paragraph: [6] }, note: 'Rp5 juta (¶6)' },
  { area: 'how much: money ("nilai transfer mencapai Rp12 miliar"); numbers inside dates ("(15/1)") and names ("Liga 1") are not answers', article: TRANSFER, q: 'Berapa nilai transfer Rafael Lima?', want: { found: true, contains: ['Rp12 miliar'], paragraph: [2] }, note: 'Rp12 miliar (¶2)' },
  { area: 'how much: money ("nilai transfer mencapai Rp12 miliar"); numbers inside dates ("(15/1)") and names ("Liga 1") are not answers', article: TRANSFER, q: 'Berapa nilai transfernya?', want: { found: true, contains: ['Rp12 miliar'], paragraph: [2] }, note: 'Rp12 miliar (¶2); observed: "15" from the date "(15/1)"' },
  { area: 'how much: money ("nilai transfer mencapai Rp12 miliar"); numbers inside dates ("(15/1)") and names ("Liga 1") are not answers', article: TRANSFER, q: "How much was Rafael Lima's transfer fee?", want: { found: true, contains: ['Rp12 miliar'], paragraph: [2] }, note: 'Rp12 miliar (¶2)' },
  { area: 'how much: money ("nilai transfer mencapai Rp12 miliar"); numbers inside dates ("(15/1)") and names ("Liga 1") are not answers', article: TRANSFER, q: 'How much did Persita Raya pay for Rafael Lima?', want: { found: true, contains: ['Rp12 miliar'], paragraph: [2] }, note: 'Rp12 miliar (¶2); observed: "1" from "Liga 1"' },
  { area: 'how long / how old: "berapa lama" wants a duration ("selama dua musim"), "how old / umur" an age ("berusia 27 tahun")', article: TRANSFER, q: 'Berapa lama Rafael dikontrak?', want: { found: true, contains: ['dua musim'], paragraph: [1] }, note: 'dua musim (¶1), not "27 tahun"' },
  { area: 'how long / how old: "berapa lama" wants a duration ("selama dua musim"), "how old / umur" an age ("berusia 27 tahun")', article: TRANSFER, q: 'How old is Rafael Lima?', want: { found: true, contains: ['27 tahun'], paragraph: [1] }, note: '27 tahun (¶1), not "dua musim"' },
  { area: 'how long / how old: "berapa lama" wants a duration ("selama dua musim"), "how old / umur" an age ("berusia 27 tahun")', article: TRANSFER, q: 'Berapa umur Rafael Lima?', want: { found: true, contains: ['27 tahun'], paragraph: [1] }, note: '27 tahun (¶1; umur = usia); "Berapa usia Rafael Lima?" works' },
  { area: 'how much: Indonesian question over English text ("pendapatan" ↔ revenue, "laba bersih" ↔ net profit, "saham" ↔ shares)', article: EARNINGS, q: 'Berapa pendapatan Solvane?', want: { found: true, contains: ['3.2 billion'], paragraph: [2] }, note: '3.2 billion dollars (¶2), not "6.4%"' },
  { area: 'how much: Indonesian question over English text ("pendapatan" ↔ revenue, "laba bersih" ↔ net profit, "saham" ↔ shares)', article: EARNINGS, q: 'Berapa laba bersih Solvane?', want: { found: true, contains: ['418 million', '22%'], paragraph: [1] }, note: '418 million Singapore dollars (¶1), not "6.4%"' },
  { area: 'how much: Indonesian question over English text ("pendapatan" ↔ revenue, "laba bersih" ↔ net profit, "saham" ↔ shares)', article: EARNINGS, q: 'Berapa persen kenaikan saham Solvane?', want: { found: true, contains: ['6.4%'], paragraph: [7] }, note: '6.4% (¶7 "Solvane shares closed 6.4% higher"), not the 22% profit rise' },
  { area: 'how much: a price ("Rp68.000 per kilogram") for "berapa harga"', article: MARKET, q: 'Berapa harga cabai rawit di Pasar Kliwon?', want: { found: true, contains: ['Rp68.000'], paragraph: [1] }, note: 'Rp68.000 per kilogram (¶1); observed: "000 per kilogram" (the Rp amount split at the thousands dot), earlier "dua kali sehari"' },
  { area: 'how much: a price ("Rp68.000 per kilogram") for "berapa harga"', article: MARKET, q: 'How much does chili cost at Pasar Kliwon?', want: { found: true, contains: ['Rp68.000'], paragraph: [1] }, note: 'Rp68.000 per kilogram (¶1)' },
  { area: 'how much: a rupiah amount is one token ("Rp4.900", not "900")', article: BUS, q: 'Berapa tarif bus listrik?', want: { found: true, contains: ['Rp4.900'], paragraph: [3] }, note: 'Rp4.900 (¶3); observed: "900"' },
  { area: 'how much: English question over Indonesian text ("fare" ↔ "tarif")', article: BUS, q: 'How much is the electric bus fare?', want: { found: true, contains: ['Rp4.900'], paragraph: [3] }, note: 'Rp4.900 (¶3); observed: "12 tahun" (¶5)' },
  { area: 'how many: the number whose unit is the asked noun ("1.240 penumpang"); a span ends at the unit', article: BUS, q: 'How many passengers on the first day?', want: { found: true, contains: ['1.240'], paragraph: [4] }, note: '1.240 penumpang (¶4)' },

  // ── why ──────────────────────────────────────────────────────────────────────────────────────
  { area: 'why: the reason may be in the next sentence ("Ia mengatakan keputusan itu diambil karena …")', article: FLOOD, q: 'Mengapa Hendra menetapkan status tanggap darurat?', want: { found: true, contains: ['karena hujan deras'], paragraph: [2], reasonClause: true }, note: 'karena hujan deras diperkirakan masih turun hingga akhir pekan (¶2, second sentence), not the decision itself' },
  { area: 'why: the reason may be in the next sentence ("Ia mengatakan keputusan itu diambil karena …")', article: FLOOD, q: 'Why did the regent declare a state of emergency?', want: { found: true, contains: ['karena hujan deras'], paragraph: [2], reasonClause: true }, note: 'karena hujan deras … (¶2); observed: "Bupati Lembah Hijau"' },
  { area: 'why: a "karena" clause in another sentence that matches the question beats a sentence without a reason', article: MARKET, q: 'Mengapa harga cabai turun?', want: { found: true, contains: ['karena pasokan'], paragraph: [2], reasonClause: true }, note: 'karena pasokan dari Temanggung dan Magelang kembali lancar setelah hujan reda (¶2), not "seorang pedagang cabai di Los C"' },
  { area: 'why: a "karena" clause in another sentence that matches the question beats a sentence without a reason', article: MARKET, q: 'Why did chili prices fall?', want: { found: true, contains: ['karena pasokan'], paragraph: [2], reasonClause: true }, note: 'karena pasokan … (¶2)' },
  { area: 'why: English reason markers "helped by", "after", "blaming"', article: EARNINGS, q: 'Why did profit rise?', want: { found: true, contains: ['strong demand'], paragraph: [1], reasonClause: true }, note: 'helped by strong demand for its rice crackers in Vietnam and the Philippines (¶1), not the main clause' },
  { area: 'why: English reason markers "helped by", "after", "blaming"', article: WIRE, q: 'Why did shares fall?', want: { found: true, contains: ['profit would miss forecasts', 'weak demand'], paragraph: [1], reasonClause: true }, note: '"after the company warned that annual profit would miss forecasts" (¶1), not the whole main clause "Shares in … fell 14% on Thursday after …"' },
  { area: 'why: Indonesian question over English text', article: EARNINGS, q: 'Mengapa Solvane membagikan dividen khusus?', want: { found: true, contains: ['because the company had more cash'], paragraph: [4], reasonClause: true }, note: 'because the company had more cash than it needed for expansion (¶4); the English question works' },
  { area: 'why: the reason span stops at the end of the quotation (no closing quote mark and attribution)', article: BUNDLED, q: "Why does Russia support North Korea's nuclear program?", want: { found: true, contains: ['imbalan'], paragraph: [1, 3], reasonClause: true }, note: '"Sebagai imbalan atas pasukan dan senjata dari Korea Utara" (¶3) or "sebagai imbalan atas pengiriman pasukan oleh Pyongyang…" (¶1); observed: the whole quote plus ”, ujar Rutte, seperti dilansir dari The Straits Times, Kamis 5 Desember 2024' },
  { area: 'why: the reason span stops at the end of the quotation (no closing quote mark and attribution)', article: BUNDLED, q: 'Mengapa Rusia mendukung program nuklir Korea Utara?', want: { found: true, contains: ['imbalan'], paragraph: [1, 3], reasonClause: true }, note: 'as above' },

  // ── what did X give / send / offer, what to do, which ───────────────────────────────────────────
  { area: 'what did X give: the object of "memberikan" ("santunan Rp5 juta"), not the relative clause after it', article: FLOOD, q: 'Apa yang akan diberikan pemkab kepada keluarga yang rumahnya rusak berat?', want: { found: true, contains: ['santunan Rp5 juta'], paragraph: [6] }, note: 'santunan Rp5 juta (¶6); observed: "yang rumahnya rusak berat"' },
  { area: 'what did X give: the object of "memberikan" ("santunan Rp5 juta"), not the relative clause after it', article: FLOOD, q: 'What will the regency give to each family?', want: { found: true, contains: ['santunan Rp5 juta'], paragraph: [6] }, note: 'santunan Rp5 juta (¶6)' },
  { area: 'question type: "whose" inside a what-question is not a who-question', article: FLOOD, q: 'What did Hendra offer families whose homes were badly damaged?', want: { found: true, type: 'what', contains: ['santunan Rp5 juta'], paragraph: [6] }, note: 'type what, santunan Rp5 juta (¶6); observed: typed "who" and answered "Rp5"' },
  { area: 'what will X open: the object in a quote ("We will open two new factories in Vietnam")', article: EARNINGS, q: 'What will Solvane open in Vietnam?', want: { found: true, contains: ['two new factories'], paragraph: [3] }, note: 'two new factories (¶3)' },
  { area: 'what: Indonesian question over English text ("disetujui dewan direksi" ↔ "the board had approved")', article: EARNINGS, q: 'Apa yang disetujui dewan direksi?', want: { found: true, contains: ['special dividend'], paragraph: [4] }, note: 'a special dividend of 5 cents a share (¶4); the English question works' },
  { area: 'what did X offer: "ditawarkan" ↔ offer/imbalan/beri (the glossary has it for English)', article: BUNDLED, q: 'Apa yang ditawarkan Rusia kepada Korea Utara?', want: { found: true, contains: ['rudal', 'nuklir'], paragraph: [1, 3] }, note: 'dukungan terhadap program rudal dan nuklir Korea Utara (¶1/¶3); "What did Russia offer North Korea?" works' },
  { area: 'what did X call on Y to do: the infinitive complement ("untuk memberikan dukungan penuh", "agar … mempercepat pengiriman persenjataan")', article: BUNDLED, q: 'What did Rutte call on NATO countries to do?', want: { found: true, contains: ['mempercepat pengiriman', 'dukungan penuh'], paragraph: [11, 12] }, note: 'mempercepat pengiriman persenjataan dan sistem pertahanan udara (¶11) or memberikan dukungan penuh… (¶12), not "para anggota NATO"' },
  { area: 'which: Indonesian "media apa yang dikutip" ↔ "seperti dilansir dari"', article: BUNDLED, q: 'Media apa yang dikutip?', want: { found: true, contains: ['The Straits Times'], paragraph: [3] }, note: 'The Straits Times (¶3); "Which newspaper is the quote attributed to?" works' },
  { area: 'which club … from: the entity after "dari klub", not the subject club', article: TRANSFER, q: 'Dari klub mana Rafael Lima didatangkan?', want: { found: true, contains: ['Chonburi Phoenix'], paragraph: [1] }, note: 'Chonburi Phoenix (¶1), not "Klub Liga 1 Persita"' },
  { area: 'which club … from: the entity after "dari klub", not the subject club', article: TRANSFER, q: 'Which club did Rafael Lima come from?', want: { found: true, contains: ['Chonburi Phoenix'], paragraph: [1] }, note: 'Chonburi Phoenix (¶1), not "Liga"' },
  { area: 'which firm: "of <Organization>" after a person ("analyst Tom Rivers of Pell Securities")', article: WIRE, q: 'Which securities firm does Tom Rivers work for?', want: { found: true, contains: ['Pell Securities'], paragraph: [6] }, note: 'Pell Securities (¶6)' },

  // ── metadata ─────────────────────────────────────────────────────────────────────────────────
  { area: 'metadata: editor credits ("Editor: X", "Editing by X", "Reporter: A | Editor: B")', article: TRANSFER, q: 'Siapa editor artikel ini?', want: { found: true, contains: ['Wahyu Nugroho'], paragraph: [0] }, note: 'Wahyu Nugroho (credit line "Editor: Wahyu Nugroho")' },
  { area: 'metadata: editor credits ("Editor: X", "Editing by X", "Reporter: A | Editor: B")', article: BUS, q: 'Siapa editor artikel ini?', want: { found: true, contains: ['Yuniarti Kusuma'], paragraph: [0] }, note: 'Yuniarti Kusuma ("Reporter: Gilang Ramadhan | Editor: Yuniarti Kusuma")' },
  { area: 'metadata: editor credits ("Editor: X", "Editing by X", "Reporter: A | Editor: B")', article: WIRE, q: 'Who edited the article?', want: { found: true, contains: ['Mark Potter'], paragraph: [0] }, note: 'Mark Potter ("Editing by Mark Potter")' },
  { area: 'ingestion: the headline is the line repeated after the byline, not an ad line ("Iklan - Scroll untuk melanjutkan")', article: FLOOD, q: 'Apa judul artikel ini?', want: { found: true, contains: ['Banjir Rendam 12 Desa di Kabupaten Lembah Hijau'], paragraph: [0] }, note: 'Banjir Rendam 12 Desa di Kabupaten Lembah Hijau, Bupati Tetapkan Tanggap Darurat' },
  { area: 'ingestion: the headline is a sentence-like line, not the section menu ("Markets | Companies | Asia")', article: EARNINGS, q: 'What is the title of this article?', want: { found: true, contains: ['Solvane Foods profit jumps 22%'], paragraph: [0] }, note: 'Solvane Foods profit jumps 22% as snack sales surge in Asia (observed: taken as the photo caption)' },
  { area: 'hint: titles are the real headlines (follows from the title gaps above)', article: FLOOD, q: 'What is the capital of France?', want: { found: false, hintTitle: 'Banjir Rendam 12 Desa di Kabupaten Lembah Hijau, Bupati Tetapkan Tanggap Darurat' }, note: 'hint.titles = the headline, not "Iklan - Scroll untuk melanjutkan"' },
  { area: 'hint / people: a place with a title before it ("Bupati Lembah Hijau, Hendra …") is not a person', article: FLOOD, q: 'What is the capital of France?', want: { found: false, hintNotPerson: 'Lembah Hijau' }, note: 'hint.people lists Hendra Wijayakusuma, Sri Wahyuningsih, Darmi, but not "Lembah Hijau"' },
  { area: 'hint / people: a club after "dari klub Thailand" is not a person', article: TRANSFER, q: 'What is the capital of France?', want: { found: false, hintNotPerson: 'Chonburi Phoenix' }, note: 'hint.people without "Chonburi Phoenix"' },

  { area: 'hint / topics: a club named five times ("Persita Raya") is an organization (it is currently tagged as a known place), so the hint topics are not empty', article: TRANSFER, q: 'What is the capital of France?', want: { found: false, hintTopic: 'Persita Raya' }, note: 'hint.topics contains "Persita Raya"' },

  // ── follow-ups ───────────────────────────────────────────────────────────────────────────────
  { area: 'follow-up: "Apa katanya?" (-nya = the previous person) is a what-said question', article: FLOOD, before: ['Siapa Bupati Lembah Hijau?'], q: 'Apa katanya?', want: { found: true, type: 'what-said', contains: ['Keselamatan warga'], paragraph: [3] }, note: 'Hendra\'s quote (¶3); observed: typed "what" and answered "Bupati Lembah Hijau"' },
  { area: 'follow-up: "Apa katanya?" (-nya = the previous person) is a what-said question', article: TRANSFER, before: ['Siapa presiden klub Persita Raya?'], q: 'Apa katanya?', want: { found: true, type: 'what-said', contains: ['Rafael adalah pemain', 'nilai transfer'], paragraph: [2, 3] }, note: 'Bambang\'s words (¶3 quote or ¶2 "nilai transfer…"); observed: "Presiden klub Persita Raya"' },
  { area: 'follow-up: "Where?" after a quote asks where it was said (the place in the quoted paragraph)', article: FLOOD, before: ['Who is the regent of Lembah Hijau?', 'What did he say?'], q: 'Where?', want: { found: true, contains: ['Desa Sukarindang'], paragraph: [3] }, note: 'Desa Sukarindang (¶3 "ujar Hendra saat meninjau posko pengungsian di Desa Sukarindang"); observed: the dateline "LEMBAH HIJAU" (¶1)' },
  { area: 'follow-up: "What about the <title>?" re-asks the previous who-question with the new title', article: TRANSFER, before: ['Who is the coach of Persita Raya?'], q: 'What about the president?', want: { found: true, contains: ['Bambang Sutrisno'], paragraph: [2] }, note: 'Bambang Sutrisno (¶2); "Kalau presiden klub?" works; observed: "Marco Vidal" (the previous answer again)' },
  { area: 'follow-up: "What about the <title>?" re-asks the previous who-question with the new title', article: TRANSFER, before: ['Siapa pelatih Persita Raya?'], q: 'Bagaimana dengan presiden klubnya?', want: { found: true, contains: ['Bambang Sutrisno'], paragraph: [2] }, note: 'Bambang Sutrisno (¶2); observed: "Rafael"' },

  // ── not found: near misses must not borrow the nearest paragraph ───────────────────────────────
  { area: 'not found: the title in the question must match (no regent of Garut; "Bupati Lembah Hijau" is another regency)', q: 'Siapa Bupati Garut?', want: NOT_FOUND, note: 'not found; observed: "Hendra Wijayakusuma" (¶2, the regent of Lembah Hijau)' },
  { area: 'not found: the title in the question must match (no regent of Garut; "Bupati Lembah Hijau" is another regency)', q: 'Who is the regent of Garut?', want: NOT_FOUND, note: 'not found; observed: "Desa Sukamaju di Kabupaten"' },
  { area: 'not found: the title in the question must match (Ishida is an analyst of Moraine Capital, not its chief executive)', q: 'Who is the chief executive of Moraine Capital?', want: NOT_FOUND, note: 'not found; observed: "Ken Ishida of"' },
  { area: 'not found: the title in the question must match (nobody is coach of Chonburi Phoenix / Bhayangkara Selatan)', q: 'Who is the coach of Chonburi Phoenix?', want: NOT_FOUND, note: 'not found; observed: "Rafael Lima"' },
  { area: 'not found: the title in the question must match (nobody is coach of Chonburi Phoenix / Bhayangkara Selatan)', q: 'Siapa pelatih Bhayangkara Selatan?', want: NOT_FOUND, note: 'not found; observed: "Marco Vidal" (coach of Persita Raya, the opponent club)' },
  { area: 'not found: the title in the question must match (Budi heads the trade office; there is no mayor)', q: 'Who is the mayor of Semarang?', want: NOT_FOUND, note: 'not found; observed: "Budi Santoso Wibowo"' },
  { area: 'not found: the title in the question must match (no governor is named)', q: 'Siapa Gubernur Jawa Barat?', want: NOT_FOUND, note: 'not found; observed: "Rina Kartika Sari" (Kepala Bidang Angkutan Dishub Jawa Barat)' },
  { area: 'not found: the title in the question must match (no governor is named)', article: FLOOD, q: 'Siapa Gubernur Lembah Hijau?', want: NOT_FOUND, note: 'not found; observed: "Sri Wahyuningsih"' },
  { area: 'not found: the title in the question must match (no captain / goalkeeper is named)', article: TRANSFER, q: 'Siapa kapten Persita Raya?', want: NOT_FOUND, note: 'not found; observed: "Bambang Sutrisno"' },
  { area: 'not found: the title in the question must match (no captain / goalkeeper is named)', article: TRANSFER, q: 'Who is the goalkeeper of Persita Raya?', want: NOT_FOUND, note: 'not found; observed: "Bambang Sutrisno"' },
  { area: 'not found: the title in the question must match (no president of Brazil)', q: 'Siapa presiden Brasil?', want: NOT_FOUND, note: 'not found; observed: "Rafael Lima"' },
  { area: 'not found: a person the articles never mention', q: 'Apa kata Sri Mulyani?', want: NOT_FOUND, note: 'not found (only "Sri Wahyuningsih" exists: a shared first name is not the same person); observed: "dua jembatan desa putus diterjang arus"' },
  { area: 'not found: a person the articles never mention', q: 'Apa kata Presiden Prabowo tentang banjir?', want: NOT_FOUND, note: 'not found; observed: "Presiden klub Persita Raya"' },
  { area: 'not found: a place the articles never mention (river / city)', q: 'Kapan Sungai Ciliwung meluap?', want: NOT_FOUND, note: 'not found (the flood is of Sungai Cikaret)' },
  { area: 'not found: a place the articles never mention (river / city)', q: 'Berapa harga cabai di Jakarta?', want: NOT_FOUND, note: 'not found (the price is for Pasar Kliwon, Semarang); observed: "1" from "Liga 1" in another article' },
  { area: 'not found: the asked quantity is not in the article (deaths, salary, population)', q: 'Berapa korban meninggal akibat banjir?', want: NOT_FOUND, note: 'not found; observed: "12 desa"' },
  { area: 'not found: the asked quantity is not in the article (deaths, salary, population)', q: 'Berapa gaji Marco Vidal?', want: NOT_FOUND, note: 'not found; observed: "dua pemain"' },
  { area: 'not found: the asked quantity is not in the article (deaths, salary, population)', q: 'What is the population of Vietnam?', want: NOT_FOUND, note: 'not found; observed: a sentence that merely mentions Vietnam' },
  { area: 'not found: the asked fact about a known person is not in the article (birth date, wife, height)', q: 'Kapan Rafael Lima lahir?', want: NOT_FOUND, note: 'not found; observed: "Sabtu (25/1)"' },
  { area: 'not found: the asked fact about a known person is not in the article (birth date, wife, height)', q: "Who is Rafael Lima's wife?", want: NOT_FOUND, note: 'not found; observed: "Lima"' },
  { area: 'not found: the asked fact about a known person is not in the article (birth date, wife, height)', q: 'How tall is Rafael Lima?', want: NOT_FOUND, note: 'not found; observed: a sentence about his goals' },

  // ── reopened or found with the fitted answer model (what it weighs wrongly on these) ─────────────
  { area: 'who did <action>: the subject of the matched verb ("Ukraina dan sekutunya menuduh …") loses to a place repeated less often ("pasukan Moskow")', article: BUNDLED, q: 'Who accused North Korea of sending soldiers to Russia?', want: { found: true, contains: ['Ukraina', 'Ukraine'], paragraph: [5] }, note: 'Ukraina (¶5); observed: "Moskow"' },
  { area: 'which firm: an organisation after "of"/"at" in an English appositive ("Ken Ishida, an analyst at Moraine Capital")', article: EARNINGS, q: 'Which firm does Ken Ishida work for?', want: { found: true, contains: ['Moraine Capital'], paragraph: [6] }, note: 'Moraine Capital (¶6); observed: not found' },
  { area: 'who said: Indonesian paraphrase of an English quote, refused', article: EARNINGS, q: 'Siapa yang mengatakan dividen akan menyenangkan investor?', want: { found: true, contains: ['Ishida'], paragraph: [6] }, note: 'Ken Ishida (¶6); observed: not found (best was "Tom Rivers")' },
  { area: 'not found: the asked quantity is not in the article (deaths)', article: FLOOD, q: 'How many people died?', want: NOT_FOUND, note: 'not found; observed: "3.450 warga" (who were evacuated, ¶4): the question\'s verb is in no sentence, which the decision model weighs too little' },

  // ── garbage ──────────────────────────────────────────────────────────────────────────────────
  { area: 'garbage: a mention plus a greeting is not a question', q: '@here hi', want: NOT_FOUND, note: 'not found; observed: "tiga bulan"' },
  { area: 'garbage: code that happens to contain a dictionary word ("SELECT" → pilih) is not a question', q: 'SELECT * FROM articles;', want: NOT_FOUND, note: 'not found; observed: a sentence with "memilih"' },
  { area: 'garbage: one unknown token must not fuzzy-match its way to an answer', q: 'tnegEr', want: NOT_FOUND, note: 'not found; observed: "NATO"' },

  // ── an article added at runtime ────────────────────────────────────────────────────────────────
  {
    area: 'who: a title introduced as "menunjuk pelatih baru, <Name>" (appositive after a title with an adjective)',
    extra: { id: 'runtime-coach', text: 'Pelatih Baru Persita Raya\n\nKlub Persita Raya menunjuk pelatih baru, Joko Santoso, pada Senin (3/2/2025).\n\n"Saya siap bekerja keras," kata Joko.\n' },
    article: 'runtime-coach',
    q: 'Siapa pelatih Persita Raya?',
    want: { found: true, contains: ['Joko Santoso'], paragraph: [1] },
    note: 'Joko Santoso (¶1)',
  },
];

/** A spec-like description of a gap. */
function describeGap(g: Gap): string {
  const scope = g.article ? `GIVEN ${g.article}` : 'GIVEN all articles';
  const before = g.before?.length ? ` after ${g.before.map((q) => JSON.stringify(q)).join(' → ')}` : '';
  const then = g.want.found ? `THEN ${g.note}` : `THEN found is false: ${g.note}`;
  return `[${g.area}] ${scope}${before} WHEN asked ${JSON.stringify(g.q)} ${then}`;
}

const CHECK = process.env.KUTIP_CHECK_GAPS === '1';

function checkGap(g: Gap): void {
  const engine = createEngine(allSources());
  if (g.extra) engine.add(register(g.extra));
  const conversation = newConversation();
  const options: AskOptions = { conversation, ...(g.article ? { article: g.article } : {}) };
  for (const q of g.before ?? []) engine.ask(q, options);
  const a = engine.ask(g.q, options);
  expectValidAnswer(engine, a, options);
  const seen = `answered ${JSON.stringify(a.answer)} (found ${a.found}, type ${a.type}, ¶${a.citations[0]?.paragraph ?? '-'}, normalized ${JSON.stringify(a.normalized)})`;
  expect(a.found, seen).toBe(g.want.found);
  const w = g.want;
  if (w.type) expect(a.type, seen).toBe(w.type);
  if (w.contains) expect(w.contains.some((c) => (a.answer ?? '').toLowerCase().includes(c.toLowerCase())), seen).toBe(true);
  if (w.paragraph) expect(w.paragraph, seen).toContain(a.citations[0]?.paragraph);
  if (w.normalized) expect(a.normalized ?? '', seen).toContain(w.normalized);
  if (w.inFirstExcerpt) expect(a.citations[0]?.excerpt ?? '', seen).toContain(a.answer ?? '\u0000');
  if (w.reasonClause) {
    expect(a.answer ?? '', seen).toMatch(/^(karena|sebab|akibat|lantaran|demi|sebagai imbalan|untuk|agar|supaya|because|since|as|after|due to|owing to|helped by|blaming|in exchange)\b/i);
    expect(((a.answer ?? '').match(/["“”]/g) ?? []).length % 2, seen).toBe(0);
  }
  if (w.hintTitle) expect(a.hint?.titles, seen).toContain(w.hintTitle);
  if (w.hintNotPerson) expect(a.hint?.people, seen).not.toContain(w.hintNotPerson);
  if (w.hintTopic) expect(a.hint?.topics, seen).toContain(w.hintTopic);
}

// Gaps the engine now handles (by their test name): asserted on every run, so they cannot silently reopen.
const FIXED: ReadonlySet<string> = new Set([
  "[who: lower-case English title before a name, asked in Indonesian] GIVEN en-earnings WHEN asked \"Siapa kepala eksekutif Solvane Foods?\" THEN Daniel Okafor (¶3)",
  "[who: lower-case English title before a name, asked in Indonesian] GIVEN en-wire WHEN asked \"Siapa kepala eksekutif Harrow & Finch?\" THEN Margaret Ellison (¶3 \"chief executive Margaret Ellison said\"); the English question already works",
  "[who is <person>: answer the title or appositive the article gives them] GIVEN rusia-korea-utara WHEN asked \"Who is Mark Rutte?\" THEN Sekretaris Jenderal NATO (¶1); observed: \"Donald Trump\" (¶9)",
  "[who is <person>: answer the title or appositive the article gives them] GIVEN rusia-korea-utara WHEN asked \"Siapa Mark Rutte?\" THEN Sekretaris Jenderal NATO (¶1)",
  "[who is <person>: answer the title or appositive the article gives them] GIVEN id-banjir-bupati WHEN asked \"Siapa Hendra Wijayakusuma?\" THEN Bupati Lembah Hijau (¶2); observed: \"Rp5\" (¶6), earlier \"Lembah Hijau\"",
  "[who is <person>: answer the title or appositive the article gives them] GIVEN en-earnings WHEN asked \"Who is Daniel Okafor?\" THEN chief executive (¶3)",
  "[typos: misspelt reporting verb (\"sayd\") loses the who-said type] GIVEN en-earnings WHEN asked \"Who sayd margins recovered faster than expectd?\" THEN Helena Marsh (¶5), like the well-spelt question",
  "[typos: misspelt reporting verb (\"sayd\") loses the who-said type] GIVEN en-wire WHEN asked \"Who sayd the balance sheet is strong?\" THEN Margaret Ellison (¶5), not Rivers",
  "[typos: misspelt question word (\"Wht\")] GIVEN en-wire WHEN asked \"Wht did Margaret Ellison say?\" THEN her quote (¶3), not \"in a statement\"",
  "[typos: misspelt question word (\"Wht\")] GIVEN id-banjir-bupati WHEN asked \"Wht did Darmi say?\" THEN Darmi's words (¶7), not \"kata Darmi\"",
  "[typos: chat abbreviation \"brp\" = berapa] GIVEN id-transfer-bola WHEN asked \"brp gol rafael musim lalu\" THEN 9 gol (¶5), not \"lalu\"",
  "[when: year of a date written without one (\"April 24\") comes from the article date (Feb 2025)] GIVEN en-earnings WHEN asked \"When will Solvane hold its annual shareholder meeting?\" THEN April 24 → 24 April 2025 (article published 12 February 2025; observed: normalized to 2024)",
  "[when: year of a date written without one (\"April 24\") comes from the article date (Feb 2025)] GIVEN en-earnings WHEN asked \"Kapan Solvane menggelar rapat pemegang saham tahunan?\" THEN April 24 → 24 April 2025",
  "[when: a future event (\"will publish … on Feb. 20\") after a December article date is next year] GIVEN en-wire WHEN asked \"When will Harrow & Finch publish full-year results?\" THEN Feb. 20 → 20 February 2025 (article of 5 December 2024, future tense; observed: 2024)",
  "[when: Indonesian question over English text] GIVEN en-earnings WHEN asked \"Kapan Solvane melaporkan hasilnya?\" THEN Wednesday (¶1), like \"When did Solvane report its results?\"",
  "[when: clock times (\"pukul 21.00 WIB\") answer \"jam/pukul berapa\" and \"what time\"] GIVEN minimal WHEN asked \"Sampai pukul berapa perpustakaan buka?\" THEN pukul 21.00 WIB (¶1)",
  "[when: clock times (\"pukul 21.00 WIB\") answer \"jam/pukul berapa\" and \"what time\"] GIVEN minimal WHEN asked \"Until what time is the library open?\" THEN pukul 21.00 WIB (¶1)",
  "[where: the locative attached to the asked verb (\"bertempur … di wilayah Kursk\") beats a destination (\"ke Rusia\")] GIVEN rusia-korea-utara WHEN asked \"Where are North Korean troops fighting?\" THEN Kursk (¶5); observed: \"Rusia\"",
  "[where: the locative attached to the asked verb (\"bertempur … di wilayah Kursk\") beats a destination (\"ke Rusia\")] GIVEN rusia-korea-utara WHEN asked \"Di mana pasukan Korea Utara bertempur?\" THEN Kursk (¶5)",
  "[how much: money (\"santunan Rp5 juta\") for \"berapa santunan\"; an age in parentheses \"(54)\" is not an answer] GIVEN id-banjir-bupati WHEN asked \"Berapa santunan untuk keluarga yang rumahnya rusak berat?\" THEN Rp5 juta (¶6); observed: \"54\" from \"Darmi (54)\"",
  "[how much: money (\"nilai transfer mencapai Rp12 miliar\"); numbers inside dates (\"(15/1)\") and names (\"Liga 1\") are not answers] GIVEN id-transfer-bola WHEN asked \"Berapa nilai transfernya?\" THEN Rp12 miliar (¶2); observed: \"15\" from the date \"(15/1)\"",
  "[how long / how old: \"berapa lama\" wants a duration (\"selama dua musim\"), \"how old / umur\" an age (\"berusia 27 tahun\")] GIVEN id-transfer-bola WHEN asked \"Berapa umur Rafael Lima?\" THEN 27 tahun (¶1; umur = usia); \"Berapa usia Rafael Lima?\" works",
  "[how much: a price (\"Rp68.000 per kilogram\") for \"berapa harga\"] GIVEN id-pasar-ticker WHEN asked \"Berapa harga cabai rawit di Pasar Kliwon?\" THEN Rp68.000 per kilogram (¶1); observed: \"000 per kilogram\" (the Rp amount split at the thousands dot), earlier \"dua kali sehari\"",
  "[how much: a price (\"Rp68.000 per kilogram\") for \"berapa harga\"] GIVEN id-pasar-ticker WHEN asked \"How much does chili cost at Pasar Kliwon?\" THEN Rp68.000 per kilogram (¶1)",
  "[how much: a rupiah amount is one token (\"Rp4.900\", not \"900\")] GIVEN id-reporter-editor WHEN asked \"Berapa tarif bus listrik?\" THEN Rp4.900 (¶3); observed: \"900\"",
  "[why: the reason may be in the next sentence (\"Ia mengatakan keputusan itu diambil karena …\")] GIVEN id-banjir-bupati WHEN asked \"Mengapa Hendra menetapkan status tanggap darurat?\" THEN karena hujan deras diperkirakan masih turun hingga akhir pekan (¶2, second sentence), not the decision itself",
  "[why: the reason may be in the next sentence (\"Ia mengatakan keputusan itu diambil karena …\")] GIVEN id-banjir-bupati WHEN asked \"Why did the regent declare a state of emergency?\" THEN karena hujan deras … (¶2); observed: \"Bupati Lembah Hijau\"",
  "[why: English reason markers \"helped by\", \"after\", \"blaming\"] GIVEN en-earnings WHEN asked \"Why did profit rise?\" THEN helped by strong demand for its rice crackers in Vietnam and the Philippines (¶1), not the main clause",
  "[why: the reason span stops at the end of the quotation (no closing quote mark and attribution)] GIVEN rusia-korea-utara WHEN asked \"Why does Russia support North Korea's nuclear program?\" THEN \"Sebagai imbalan atas pasukan dan senjata dari Korea Utara\" (¶3) or \"sebagai imbalan atas pengiriman pasukan oleh Pyongyang…\" (¶1); observed: the whole quote plus ”, ujar Rutte, seperti dilansir dari The Straits Times, Kamis 5 Desember 2024",
  "[why: the reason span stops at the end of the quotation (no closing quote mark and attribution)] GIVEN rusia-korea-utara WHEN asked \"Mengapa Rusia mendukung program nuklir Korea Utara?\" THEN as above",
  "[what did X give: the object of \"memberikan\" (\"santunan Rp5 juta\"), not the relative clause after it] GIVEN id-banjir-bupati WHEN asked \"Apa yang akan diberikan pemkab kepada keluarga yang rumahnya rusak berat?\" THEN santunan Rp5 juta (¶6); observed: \"yang rumahnya rusak berat\"",
  "[question type: \"whose\" inside a what-question is not a who-question] GIVEN id-banjir-bupati WHEN asked \"What did Hendra offer families whose homes were badly damaged?\" THEN type what, santunan Rp5 juta (¶6); observed: typed \"who\" and answered \"Rp5\"",
  "[metadata: editor credits (\"Editor: X\", \"Editing by X\", \"Reporter: A | Editor: B\")] GIVEN id-transfer-bola WHEN asked \"Siapa editor artikel ini?\" THEN Wahyu Nugroho (credit line \"Editor: Wahyu Nugroho\")",
  "[metadata: editor credits (\"Editor: X\", \"Editing by X\", \"Reporter: A | Editor: B\")] GIVEN id-reporter-editor WHEN asked \"Siapa editor artikel ini?\" THEN Yuniarti Kusuma (\"Reporter: Gilang Ramadhan | Editor: Yuniarti Kusuma\")",
  "[metadata: editor credits (\"Editor: X\", \"Editing by X\", \"Reporter: A | Editor: B\")] GIVEN en-wire WHEN asked \"Who edited the article?\" THEN Mark Potter (\"Editing by Mark Potter\")",
  "[ingestion: the headline is the line repeated after the byline, not an ad line (\"Iklan - Scroll untuk melanjutkan\")] GIVEN id-banjir-bupati WHEN asked \"Apa judul artikel ini?\" THEN Banjir Rendam 12 Desa di Kabupaten Lembah Hijau, Bupati Tetapkan Tanggap Darurat",
  "[ingestion: the headline is a sentence-like line, not the section menu (\"Markets | Companies | Asia\")] GIVEN en-earnings WHEN asked \"What is the title of this article?\" THEN Solvane Foods profit jumps 22% as snack sales surge in Asia (observed: taken as the photo caption)",
  "[hint: titles are the real headlines (follows from the title gaps above)] GIVEN id-banjir-bupati WHEN asked \"What is the capital of France?\" THEN found is false: hint.titles = the headline, not \"Iklan - Scroll untuk melanjutkan\"",
  "[follow-up: \"Apa katanya?\" (-nya = the previous person) is a what-said question] GIVEN id-banjir-bupati after \"Siapa Bupati Lembah Hijau?\" WHEN asked \"Apa katanya?\" THEN Hendra's quote (¶3); observed: typed \"what\" and answered \"Bupati Lembah Hijau\"",
  "[follow-up: \"What about the <title>?\" re-asks the previous who-question with the new title] GIVEN id-transfer-bola after \"Who is the coach of Persita Raya?\" WHEN asked \"What about the president?\" THEN Bambang Sutrisno (¶2); \"Kalau presiden klub?\" works; observed: \"Marco Vidal\" (the previous answer again)",
  "[follow-up: \"What about the <title>?\" re-asks the previous who-question with the new title] GIVEN id-transfer-bola after \"Siapa pelatih Persita Raya?\" WHEN asked \"Bagaimana dengan presiden klubnya?\" THEN Bambang Sutrisno (¶2); observed: \"Rafael\"",
  "[not found: the title in the question must match (Budi heads the trade office; there is no mayor)] GIVEN all articles WHEN asked \"Who is the mayor of Semarang?\" THEN found is false: not found; observed: \"Budi Santoso Wibowo\"",
  "[not found: the title in the question must match (no governor is named)] GIVEN all articles WHEN asked \"Siapa Gubernur Jawa Barat?\" THEN found is false: not found; observed: \"Rina Kartika Sari\" (Kepala Bidang Angkutan Dishub Jawa Barat)",
  "[not found: the title in the question must match (no governor is named)] GIVEN id-banjir-bupati WHEN asked \"Siapa Gubernur Lembah Hijau?\" THEN found is false: not found; observed: \"Sri Wahyuningsih\"",
  "[not found: the title in the question must match (no captain / goalkeeper is named)] GIVEN id-transfer-bola WHEN asked \"Who is the goalkeeper of Persita Raya?\" THEN found is false: not found; observed: \"Bambang Sutrisno\"",
  "[not found: a person the articles never mention] GIVEN all articles WHEN asked \"Apa kata Sri Mulyani?\" THEN found is false: not found (only \"Sri Wahyuningsih\" exists: a shared first name is not the same person); observed: \"dua jembatan desa putus diterjang arus\"",
  "[not found: a person the articles never mention] GIVEN all articles WHEN asked \"Apa kata Presiden Prabowo tentang banjir?\" THEN found is false: not found; observed: \"Presiden klub Persita Raya\"",
  "[not found: a place the articles never mention (river / city)] GIVEN all articles WHEN asked \"Kapan Sungai Ciliwung meluap?\" THEN found is false: not found (the flood is of Sungai Cikaret)",
  "[garbage: a mention plus a greeting is not a question] GIVEN all articles WHEN asked \"@here hi\" THEN found is false: not found; observed: \"tiga bulan\"",
  "[garbage: code that happens to contain a dictionary word (\"SELECT\" → pilih) is not a question] GIVEN all articles WHEN asked \"SELECT * FROM articles;\" THEN found is false: not found; observed: a sentence with \"memilih\"",
  "[garbage: one unknown token must not fuzzy-match its way to an answer] GIVEN all articles WHEN asked \"tnegEr\" THEN found is false: not found; observed: \"NATO\"",
]);

describe('known gaps of ask() (todo until the engine handles them; fixed ones asserted)', () => {
  for (const g of GAPS) {
    if (CHECK || FIXED.has(describeGap(g))) it(describeGap(g), () => checkGap(g));
    else it.todo(describeGap(g));
  }
});
