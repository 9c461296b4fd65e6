/**
 * The question's type (who, when, …) and what kind of span answers it. Question words are found
 * anywhere in the question ("Pada tahun berapakah …", "Kepala Badan apakah …"), not only first.
 */
import { bothLanguages } from '../language/index.ts';
import type { QuestionType } from '../types.ts';
import { metaTarget, type MetaTarget } from './meta-target.ts';

export type { MetaTarget } from './meta-target.ts';

/**
 * The kind of span that answers a question. The classifier gives the coarse kind of the question
 * type; expect.ts refines it (number → money, percent, count …; date → time; name → place …).
 */
export type AnswerKind = 'person' | 'speaker' | 'quote' | 'organization' | 'place' | 'date' | 'time' | 'duration' | 'money' | 'percent'
  | 'count' | 'age' | 'ordinal' | 'code' | 'number' | 'name' | 'role' | 'clause' | 'reason' | 'meta';

export interface Classification {
  type: QuestionType;
  kind: AnswerKind;
  meta: MetaTarget;
  /** Folded words consumed by the classification (question words, "nama"), not content. */
  consumed: Set<string>;
  /** Head noun of "which X"/"X apakah"/"nama X": what sort of entity is wanted. */
  head: string | null;
}

interface Rule {
  re: RegExp;
  type: QuestionType;
  kind: AnswerKind;
}

// Order matters: the first rule that matches wins. Patterns run on folded text.
const RULES: Rule[] = [
  { re: /\b(?:who|whom)\s+(?:\w+\s+)?(?:said|says|say|sed|sayed|stated|states|told|tells|claimed|claims|warned|warns|stressed|declared|argued|noted|added|mentioned|announced|quoted)\b|\baccording to (?:whom|who)\b|\bwho (?:is|was) quoted\b/, type: 'who-said', kind: 'speaker' },
  { re: /\b(?:siapa(?:kah)?\s+yang\s+(?:mengatakan|berkata|bilang|menyatakan|menyebut(?:kan)?|mengungkapkan|menegaskan|menyampaikan|mengucapkan|berujar|menuturkan|menjelaskan|menambahkan|mengklaim|memperingatkan)|menurut\s+siapa|kata\s+siapa|siapa(?:kah)?\s+yang\s+dikutip)\b/, type: 'who-said', kind: 'speaker' },
  { re: /\bwhat\s+(?:did|does|do|has|have|had|was|is)\s+.+?\s+(?:say|said|tell|told|claim|warn|stress|state|announce|mean|argue|add)\b|\bwhat\s+was\s+.+?\s+(?:quote|statement|message)\b/, type: 'what-said', kind: 'quote' },
  { re: /\b(?:apa\s+(?:kata|pernyataan|ucapan)(?:nya)?|apa\s+yang\s+(?:dikatakan|disampaikan|diungkapkan|ditegaskan|disebut(?:kan)?|dinyatakan|diucapkan)(?:nya)?)\b/, type: 'what-said', kind: 'quote' },
  { re: /\b(?:when|what\s+(?:time|date|day|year|month)|on\s+which\s+(?:day|date)|in\s+which\s+year)\b/, type: 'when', kind: 'date' },
  { re: /\b(?:kapan(?:kah)?|(?:tanggal|tahun|bulan|hari|pukul|jam)\s+(?:berapa(?:kah)?|apa(?:kah)?)|sejak\s+kapan)\b/, type: 'when', kind: 'date' },
  { re: /\b(?:where|whereabouts|in\s+which\s+(?:city|country|place|region|province|town|area)|from\s+which\s+(?:city|country|place))\b/, type: 'where', kind: 'place' },
  { re: /\b(?:di\s*mana(?:kah)?|dimana(?:kah)?|ke\s*mana(?:kah)?|dari\s*mana(?:kah)?|(?:provinsi|kota|negara|kabupaten|daerah|wilayah|tempat|lokasi)\s+(?:apa|mana)(?:kah)?)\b/, type: 'where', kind: 'place' },
  { re: /\b(?:why|for\s+what\s+reason|what\s+(?:is|was)\s+the\s+(?:reason|cause)|what\s+(?:caused|causes|led\s+to|leads\s+to|triggered|prompted|made))\b/, type: 'why', kind: 'reason' },
  { re: /\b(?:mengapa|kenapa|apa\s+(?:alasan|sebab|penyebab|yang\s+(?:menyebabkan|memicu|membuat)))\b/, type: 'why', kind: 'reason' },
  { re: /\b(?:how\s+(?:many|much|long|old|far|big|large|often|high)|what\s+(?:number|percentage|amount|share))\b/, type: 'how-many', kind: 'number' },
  { re: /\b(?:berapa(?:kah)?|seberapa|keberapa(?:kah)?)\b/, type: 'how-many', kind: 'number' },
  { re: /\b(?:who|whom|whose)\b/, type: 'who', kind: 'person' },
  { re: /\bsiapa(?:kah)?\b/, type: 'who', kind: 'person' },
  { re: /\bhow\b/, type: 'how', kind: 'clause' },
  { re: /\bbagaimana(?:kah)?\b/, type: 'how', kind: 'clause' },
  { re: /\bwhich\b/, type: 'which', kind: 'name' },
  { re: /\b(?:what|apa(?:kah)?)\s+(?:(?:is|was|are)\s+)?(?:the\s+)?(?:name|nama|judul|title|kepanjangan|singkatan|tema|istilah|julukan|sebutan|merek|gelar|slogan|semboyan|term|nickname|brand)\b/, type: 'what', kind: 'name' },
  // "Penghargaan apakah …", "Desa apa yang …": a noun, then apa/mana, asks which one.
  { re: /\b(?!(?:di|ke|dari|untuk|dengan|oleh|pada|dalam|tentang|lalu|dan|yang|adalah|ialah|itu|ini)\s)[a-z]{3,}\s+(?:apa(?:kah)?|mana(?:kah)?)\b(?!\s+nama)/, type: 'which', kind: 'name' },
  { re: /^(?:(?:and|so|but|then)\s+)?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/, type: 'yes-no', kind: 'clause' },
  { re: /\bwhat\b/, type: 'what', kind: 'clause' },
  { re: /\bapa(?:kah)?\b/, type: 'what', kind: 'clause' },
];

const QUESTION_WORDS: readonly string[] = [...bothLanguages('questionWords')];
const LEADING_CONNECTORS = new RegExp(`^(?:(?:${[...bothLanguages('connectors')].join('|')})\\s+)+`);

// The noun naming what the answer is: "which newspaper", "how many troops", "berapa (jumlah) suku",
// "Badan apakah", "nama bandara". Generic measure words are skipped to reach it.
const HEAD_EN = /\bwhich\s+([a-z]+)|\bwhat\s+([a-z]+)\s+(?:is|was|did|does|has)\b|\bhow\s+(?:many|much)\s+([a-z]+)/;
const HEAD_ID = /\b(?!(?:di|ke|dari|untuk|dengan|oleh|pada|dalam|tentang|lalu|dan|yang|adalah|ialah|itu|ini)\s)([a-z]{3,})\s+(?:apa(?:kah)?|mana(?:kah)?)\b|\bnama\s+([a-z]+)|\bberapa(?:kah)?\s+(?:(?:jumlah|total|banyak|besar|nilai|banyaknya|kira-kira|rata-rata)\s+)*([a-z]+)/;

const MEASURE_AFTER_QUESTION = /\b(?:how|berapa|seberapa)\s+(long|old|far|big|large|often|high|soon|tall|deep|wide|early|late|lama|jauh|besar|tinggi|sering|luas|cepat|lambat|dalam|panjang|tua)\b/g;

/** Classify a folded question. */
export function classify(folded: string): Classification {
  // Leading connectors ("and when…?", "lalu kapan?") say nothing about the type.
  const text = folded.replace(/\s+/g, ' ').trim().replace(LEADING_CONNECTORS, '');
  // The leading question word decides ("Where was he when he spoke?" is a where-question); rules
  // that match at the same place keep their order (who-said before who).
  let rule: Rule | undefined;
  let at = Infinity;
  for (const r of RULES) {
    const m = r.re.exec(text);
    if (m && m.index < at) {
      rule = r;
      at = m.index;
    }
  }
  const type = rule?.type ?? 'unknown';
  let kind: AnswerKind = rule?.kind ?? 'clause';
  const meta = metaTarget(text, type);
  if (meta) kind = 'meta';
  const headMatch = HEAD_EN.exec(text) ?? HEAD_ID.exec(text);
  const rawHead = headMatch ? (headMatch[1] ?? headMatch[2] ?? headMatch[3] ?? null) : null;
  const head = rawHead && rawHead.length > 5 ? rawHead.replace(/kah$/, '') : rawHead;
  const consumed = new Set(QUESTION_WORDS);
  // "Who sed …": the misspelt reporting verb was read as part of the type.
  if (type === 'who-said') for (const m of text.matchAll(/\bwho\s+(\w+)/g)) if (m[1]) consumed.add(m[1]);
  // "How long …", "how soon", "berapa lama", "seberapa jauh": the measure word is the question's,
  // not a word the answer's sentence must hold ("5 tahun ke depan" says no "long").
  for (const m of text.matchAll(MEASURE_AFTER_QUESTION)) if (m[1]) consumed.add(m[1]);
  // "What time …", "on which day", "tahun berapa", "jam berapa": the unit names the answer's type.
  if (type === 'when') {
    for (const m of text.matchAll(/\b(?:what|which)\s+(time|date|day|year|month|hour)\b|\b(tanggal|tahun|bulan|hari|pukul|jam)\s+(?:berapa|apa)\b|\bberapa\s+(tanggal|tahun|bulan|hari|pukul|jam)\b/g)) {
      const unit = m[1] ?? m[2] ?? m[3];
      if (unit) consumed.add(unit);
    }
  }
  return { type, kind, meta, consumed, head: head && !QUESTION_WORDS.includes(head) ? head : null };
}
