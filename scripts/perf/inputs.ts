/**
 * Inputs for the ingestion performance work: the bench corpus, the shared and fixture articles,
 * texts captured from the test suite (when .scratch-perf/test-inputs.json exists), variants that
 * exercise other layout paths (hard wraps, clutter, datelines, capitals) and adversarial/fuzz texts.
 * Deterministic: the same files give the same inputs, so snapshots can be compared byte for byte.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../bench/corpus.ts';
import { createRandom, type Random } from '../../bench/random.ts';
import { loadSourceText } from '../../bench/source-text.ts';

export interface Input {
  name: string;
  text: unknown;
}

const ROOT = new URL('../..', import.meta.url).pathname;
/** The shared folder beside the repository (read at run time, never committed). */
const SHARED = join(ROOT, '..', 'shared');

function readDir(dir: string, prefix: string): Input[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${prefix}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The bench corpus articles (about 1,000 of ~10 paragraphs for 10,000 paragraphs). */
export function corpusArticles(paragraphs = 10_000): Input[] {
  const src = loadSourceText(SHARED);
  if (!src) throw new Error(`no source text in ${SHARED} (benchmarks/facqa/train.csv): these dev aids need the shared folder beside the repository`);
  return buildCorpus(src, { paragraphs }).articles.map((a) => ({ name: `corpus/${a.id}`, text: a.text }));
}

/** Hard-wrap every paragraph at `width` columns (mail clients, PDF copies). */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur.length > 0 && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur.length > 0 ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

const HEADERS = [
  'HOME | NEWS | EKONOMI | BISNIS\nkontan.co.id\n',
  'Reporter: Budi Santoso | Editor: Ani Wijaya\n',
  'Selasa, 19 September 2023 / 09:44 WIB\n',
  'Oleh: Raka Dwi Novianto , Jurnalis-\nKamis, 5 Desember 2024 - 11:53 WIB\n',
  'By Jane Doe\nUpdated 5 December 2024 11:53 GMT\n',
  'Foto: Okezone.com/Setpres\n',
  'A\nEMAS 2.016.000 1,82%\n| : WIB | INDIKATOR |\n',
];
const DATELINES = ['JAKARTA, KOMPAS.com - ', 'Brussels: ', 'KONTAN.CO.ID - JAKARTA. ', 'LONDON (Reuters) - ', 'BANDUNG, Warta Priangan - ', 'Jakarta, CNBC Indonesia - '];
const TRAILERS = [
  '\n\n(grd/yk)',
  '\n\nBaca Juga: Harga beras naik lagi di pasar induk\n',
  '\n\nBerita Terkait\nHarga cabai turun\nPetani panen raya',
  '\n\n(Reporting by Jane Doe; Editing by Mark Potter)',
  '\n\nJangan lupa ikuti update berita lainnya dan follow akun Google News kami.',
  '\n\nTags:\nberas\npangan',
];

/** Variants of corpus articles that reach the layout paths the plain corpus does not. */
function variants(base: readonly Input[], rnd: Random): Input[] {
  const out: Input[] = [];
  base.forEach((a, i) => {
    const text = String(a.text);
    const [title = '', ...rest] = text.split('\n\n');
    switch (i % 6) {
      case 0:
        out.push({ name: `${a.name}~wrap`, text: wrap(text, rnd.int(50, 90)) });
        break;
      case 1:
        out.push({ name: `${a.name}~upper`, text: text.toUpperCase() });
        break;
      case 2:
        out.push({ name: `${a.name}~lower`, text: text.toLowerCase() });
        break;
      case 3:
        out.push({
          name: `${a.name}~clutter`,
          text: `${rnd.pick(HEADERS)}${title}\n${title}\n${rnd.pick(HEADERS)}\n${rnd.pick(DATELINES)}${rest.join('\n\n')}${rnd.pick(TRAILERS)}${rnd.pick(TRAILERS)}`,
        });
        break;
      case 4: {
        // Quotes and speech around random sentences, some of them unbalanced.
        const quoted = rest.map((p) => (rnd.chance(0.4) ? `“${p.replace(/\.$/, ',')}” kata ${rnd.pick(['Joko Widodo', 'Rutte', 'Presiden', 'dia', 'Budi Santoso (Budi)'])}.` : rnd.chance(0.1) ? `"${p}` : p));
        out.push({ name: `${a.name}~quotes`, text: [title, ...quoted].join('\n\n') });
        break;
      }
      default:
        out.push({ name: `${a.name}~crlf`, text: `\uFEFF${text.replace(/\n/g, '\r\n').replace(/ /g, (s) => (rnd.chance(0.02) ? '\u00A0' : s))}` });
    }
  });
  return out;
}

const FUZZ_PIECES = [
  ' ', ' ', ' ', ' ', '\n', '\n\n', '.', '. ', '! ', '? ', '…', '"', '“', '”', '«', '»', '‘', '’', "'", '(', ')', '[', ']', ',', ':', ';', '-', ' – ', '/', '|', '&',
  'Dr.', 'U.S.', 'Jl.', 'No. 5', 'W.', 'a.n.', 'Rp', '2024', '5/12', '(19/9)', '11.53 WIB', '12', '3,5%',
  'Presiden', 'Joko', 'Widodo', 'Jokowi', 'Mark', 'Rutte', 'menegaskan', 'mengatakan', 'kata', 'ujarnya', 'said', 'told',
  'di', 'Jakarta', 'Timur', 'Pasar', 'Jatinegara', 'NATO', 'Kementerian', 'Keuangan', 'Tbk', 'yang', 'dan', 'harga', 'beras',
  'Senin', 'Minggu', 'minggu', 'Desember', 'December', 'kemarin', 'lalu', 'ago', 'yesterday', 'bin', 'van', 'de',
  'É', 'émile', 'Ölund', '中国', 'ﬁ', '😀', 'İstanbul', 'ǅ', 'ß', 'ΣΑΣ', '\u0301', '\u200B', '\u00A0', '\t', '\uD800', '\uDC00', '\u0007',
];

/** Random texts made of words, names, dates and punctuation: the equality check's fuzz. */
function fuzz(rnd: Random, count: number, maxPieces: number): Input[] {
  const out: Input[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = rnd.int(0, maxPieces);
    let s = '';
    for (let k = 0; k < n; k += 1) s += rnd.pick(FUZZ_PIECES);
    out.push({ name: `fuzz/${i}`, text: s });
  }
  return out;
}

/** Hand-written hard cases: empty, giant lines, only headings, mixed languages, odd characters. */
function adversarial(corpus: readonly Input[]): Input[] {
  const body = corpus.slice(0, 40).map((a) => String(a.text)).join(' ');
  return [
    { name: 'adv/empty', text: '' },
    { name: 'adv/blank', text: '  \n\n \t \n' },
    { name: 'adv/not-string', text: 42 },
    { name: 'adv/undefined', text: undefined },
    { name: 'adv/giant-line', text: body.replace(/\n+/g, ' ') },
    { name: 'adv/giant-nospace', text: 'a'.repeat(200_000) },
    { name: 'adv/giant-word-dots', text: 'A.'.repeat(20_000) },
    { name: 'adv/periods', text: '.'.repeat(50_000) },
    { name: 'adv/quotes', text: '"“'.repeat(10_000) + ' Budi Santoso mengatakan. ' + '”'.repeat(5_000) },
    { name: 'adv/caps', text: Array.from({ length: 3000 }, (_, i) => `Nama${i % 50} Orang${i % 7}`).join(' ') + '.' },
    { name: 'adv/headings', text: 'Populer\nTerkait\nTags\nBerita Lainnya\nTerpopuler\nRelated Stories' },
    { name: 'adv/only-title', text: 'Harga beras naik di Pasar Jatinegara hari ini' },
    { name: 'adv/mixed', text: `${String(corpus[0]?.text ?? '')}\n\nThe minister said on Monday that prices would fall by December, according to Reuters. "We will act," he told reporters.\n\nShares of Acme Corp rose 3% in New York yesterday.` },
    { name: 'adv/english', text: 'Prices rise\n\nWASHINGTON (Reuters) - U.S. President Joe Biden said on Tuesday, Jan. 3, 2023, that the economy was strong. "It is," he said.\n\nAnalyst Tom Rivers of Pell Securities said investors were calm last week.' },
    { name: 'adv/surrogates', text: 'Judul berita yang cukup panjang di sini\n\nIni paragraf \uD83D dengan \uDE00 setengah surrogate dan 😀 emoji yang cukup panjang untuk menjadi prosa. Presiden Joko Widodo mengatakan hal itu.' },
    { name: 'adv/controls', text: 'Judul\u0000 berita\u0007 yang aneh\f\n\n\u2028Paragraf\u0085 pertama\u00AD yang\u200B panjang dengan kata-kata dan titik. Kata Budi.\r\nBaris kedua.' },
    { name: 'adv/many-lines', text: Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? '' : `Baris ${i} dari teks yang tidak berakhir dengan titik`)).join('\n') },
    { name: 'adv/numbers', text: Array.from({ length: 500 }, (_, i) => `${i} ${i * 3}.${i % 10} (${i % 28 + 1}/${i % 12 + 1}) ${1990 + (i % 40)}`).join(' ') },
  ];
}

export interface AllInputs {
  ingest: Input[];
  /** Texts for layout() alone (the ingest texts plus captured layout-only test inputs). */
  layout: Input[];
  /** Paragraph-sized texts for splitSentences() alone. */
  sentences: Input[];
}

/** Every input of the equality check, in a fixed order. */
export function allInputs(): AllInputs {
  const rnd = createRandom(20240917);
  const corpus = corpusArticles();
  const files = [
    ...readDir(join(SHARED, 'articles'), 'shared'),
    ...readDir(join(ROOT, 'test/fixtures/articles'), 'fixtures'),
    ...readDir(join(ROOT, 'test/fixtures/articles-qa'), 'fixtures-qa'),
  ];
  const capturedPath = join(ROOT, '.scratch-perf/test-inputs.json');
  const captured = existsSync(capturedPath)
    ? (JSON.parse(readFileSync(capturedPath, 'utf8')) as { ingest: { id?: unknown; text?: unknown }[]; layout: string[]; sentences: string[] })
    : { ingest: [], layout: [], sentences: [] };
  const ingest: Input[] = [
    ...corpus,
    ...files,
    ...captured.ingest.map((s, i) => ({ name: `test/${i}/${String(s.id)}`, text: s.text })),
    ...variants([...corpus.slice(0, 600), ...files], rnd),
    ...adversarial(corpus),
    ...fuzz(rnd, 400, 400),
  ];
  const layout = [...ingest, ...captured.layout.map((t, i) => ({ name: `test-layout/${i}`, text: t }))];
  const paragraphTexts = ingest.flatMap((a) => (typeof a.text === 'string' ? a.text.split(/\n+/) : []));
  const sentences = [
    ...paragraphTexts.map((t, i) => ({ name: `para/${i}`, text: t })),
    ...captured.sentences.map((t, i) => ({ name: `test-sent/${i}`, text: t })),
    ...fuzz(rnd, 3000, 120).map((f) => ({ ...f, name: `sfuzz/${f.name}` })),
  ];
  return { ingest, layout, sentences };
}
