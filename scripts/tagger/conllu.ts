/**
 * A CoNLL-U reader for the UD treebanks: sentences with their text, surface tokens (a multiword
 * token such as "bukunya" is one surface token over the words "buku" + "nya") and syntactic words.
 */
import { readFileSync } from 'node:fs';

/** One syntactic word (an integer-ID line). */
export interface UdWord {
  /** 1-based ID within the sentence. */
  id: number;
  form: string;
  upos: string;
  /** ID of the head word, 0 for the root. */
  head: number;
  deprel: string;
}

/** A surface token: one word, or a multiword range ("6-7 menyetujuinya") over several words. */
export interface UdSurface {
  form: string;
  /** IDs of the words it spells, in order. */
  words: number[];
}

/** One treebank sentence. */
export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
  surfaces: UdSurface[];
}

/** Parses the sentences of one CoNLL-U document (empty nodes "8.1" are skipped). */
export function parseConllu(source: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  for (const block of source.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    let id = '';
    let text = '';
    const words: UdWord[] = [];
    const surfaces: UdSurface[] = [];
    let rangeEnd = 0;
    for (const line of lines) {
      if (line.startsWith('#')) {
        const meta = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
        if (meta?.[1] === 'sent_id') id = meta[2] ?? '';
        else if (meta?.[1] === 'text') text = meta[2] ?? '';
        continue;
      }
      const cols = line.split('\t');
      const [ref = '', form = '', , upos = '', , , head = '0', deprel = ''] = cols;
      const range = /^(\d+)-(\d+)$/.exec(ref);
      if (range !== null) {
        const from = Number(range[1]);
        rangeEnd = Number(range[2]);
        surfaces.push({ form, words: Array.from({ length: rangeEnd - from + 1 }, (_, k) => from + k) });
        continue;
      }
      if (!/^\d+$/.test(ref)) continue;
      const wordId = Number(ref);
      words.push({ id: wordId, form, upos, head: Number(head), deprel });
      if (wordId > rangeEnd) surfaces.push({ form, words: [wordId] });
    }
    if (words.length > 0) sentences.push({ id, text, words, surfaces });
  }
  return sentences;
}

/** Reads and parses a .conllu file. */
export function readConllu(path: string): UdSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}
