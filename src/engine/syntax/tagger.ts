/**
 * Part-of-speech tags for the engine's tokens, in either language: the averaged perceptron trained
 * on the UD Indonesian treebanks (data/models/pos-id.json) for Indonesian, wink-nlp for English.
 *
 *   const tokens = tokenize(sentence);
 *   const tags = tagSentence(sentence, tokens, 'id');   // one Upos per token
 */
import type { Language } from '../types.ts';
import { tagEnglish } from './english.ts';
import { modelUrl, readModel } from './model-file.ts';
import { prepareDecoder, tagTokens } from './decoder.ts';
import type { LinearModel } from './perceptron.ts';
import { isUpos, type TaggableToken, type Upos } from './upos.ts';

export type { Upos, TaggableToken } from './upos.ts';

/** File name of the Indonesian model in data/models/. */
export const INDONESIAN_MODEL_FILE = 'pos-id.json';

let indonesian: { model: LinearModel; tags: Upos[] } | undefined;

/** The Indonesian model, read on first use (1.4 MB of JSON) and kept. */
export function indonesianModel(): LinearModel {
  return loadIndonesian().model;
}

function loadIndonesian(): { model: LinearModel; tags: Upos[] } {
  if (indonesian === undefined) {
    const model = readModel(modelUrl(INDONESIAN_MODEL_FILE));
    const tags = model.tags.map((t) => {
      if (!isUpos(t)) throw new Error(`The tagger model has a tag that is not UPOS: ${t}`);
      return t;
    });
    prepareDecoder(model);
    indonesian = { model, tags };
  }
  return indonesian;
}

/**
 * One UPOS tag per token of a sentence. `tokens` are the engine's word tokens of `text` (offsets
 * into it); the punctuation between them is read from `text`, so pass the whole sentence.
 */
export function tagSentence(text: string, tokens: readonly TaggableToken[], language: Language): Upos[] {
  if (tokens.length === 0) return [];
  if (language === 'en') return tagEnglish(text, tokens);
  const { model, tags } = loadIndonesian();
  return tagTokens(model, text, tokens).map((t) => tags[t] ?? 'X');
}
