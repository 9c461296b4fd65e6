/**
 * The tagger's model file (data/models/pos-id.json, written by scripts/train-tagger.ts): averaged
 * perceptron weights, pruned and stored as integers, read into one Float32Array at load.
 *
 * The features are one newline-joined string and the weights one base64 block, not JSON arrays:
 * parsing 45,000 small arrays took longer than everything else in a load.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LinearModel } from './perceptron.ts';
import { findSorted } from './sorted.ts';

/** The on-disk layout. Weights are integers: the real weight is value / scale. */
export interface ModelDocument {
  format: typeof MODEL_FORMAT;
  language: string;
  /** Attribution of the training data, kept inside the file that is derived from it. */
  license: string;
  tags: string[];
  scale: number;
  /** Word → tag index, for words that (nearly) always have one tag. */
  tagDictionary: Record<string, number>;
  /** Dictionary word classes for the "lx" features. */
  lexicon: LexiconBlock;
  /** Feature names, sorted, joined by "\n"; row k of the weights belongs to the k-th. */
  features: string;
  /**
   * Base64 of the nonzero weights in feature order, as three blocks: per feature its count
   * (uint8), then per weight its value (int16 little-endian), then per weight its tag (uint8).
   */
  weights: string;
}

/** Words with their dictionary classes ("n", "nv", "a"…), searchable without building a Map. */
export interface LexiconBlock {
  classes: string[];
  /** Sorted words joined by "\n". */
  words: string;
  /** One base-36 digit per word: its class's index in `classes`. */
  classOf: string;
}

/** Version tag of the layout above; a loader refuses any other. */
export const MODEL_FORMAT = 'kutip-perceptron-3';

/** Packs a word → class table into a LexiconBlock. */
export function packLexicon(classes: ReadonlyMap<string, string>): LexiconBlock {
  const names = [...new Set(classes.values())].sort();
  if (names.length > 36) throw new Error('A lexicon block holds at most 36 classes');
  const words = [...classes.keys()].sort();
  return { classes: names, words: words.join('\n'), classOf: words.map((w) => names.indexOf(classes.get(w) as string).toString(36)).join('') };
}

/** Reads a LexiconBlock back as a lookup function. */
export function unpackLexicon(block: LexiconBlock): (word: string) => string | undefined {
  const words = block.words === '' ? [] : block.words.split('\n');
  return (word) => {
    const k = findSorted(words, word);
    return k < 0 ? undefined : block.classes[parseInt(block.classOf[k] as string, 36)];
  };
}

/** Packs sparse rows ([tag, value, tag, value, …] each) into the base64 weights block. */
export function packWeights(rows: readonly (readonly number[])[]): string {
  const entries = rows.reduce((n, pairs) => n + pairs.length / 2, 0);
  // Values first after the counts, at an even offset, so that the loader can view them as Int16.
  const valuesAt = rows.length + (rows.length % 2);
  const bytes = Buffer.alloc(valuesAt + entries * 3);
  let value = valuesAt;
  let tag = valuesAt + entries * 2;
  rows.forEach((pairs, k) => {
    bytes.writeUInt8(pairs.length / 2, k);
    for (let p = 0; p + 1 < pairs.length; p += 2) {
      value = bytes.writeInt16LE(pairs[p + 1] as number, value);
      tag = bytes.writeUInt8(pairs[p] as number, tag);
    }
  });
  return bytes.toString('base64');
}

// The project's data/models, found upwards from this module: it sits at different depths in the
// sources (src/engine/syntax/) and in the start-up bundle (dist/, dist/chunks/).
const MODEL_DIRS = ['../../../', '../../', '../', './'].map((up) => new URL(`${up}data/models/`, import.meta.url));

/** URL of a file in the project's data/models folder (the first candidate if none has it). */
export function modelUrl(file: string): URL {
  const dir = MODEL_DIRS.find((u) => existsSync(new URL(file, u))) ?? (MODEL_DIRS[0] as URL);
  return new URL(file, dir);
}

/**
 * Turns a parsed model document into a scoring model; throws on a malformed one. The weights stay
 * the file's integers (a common scale changes no argmax): their sums are exact in a Float32Array,
 * so ties between tags break the same way whatever order the features are added in.
 */
export function toLinearModel(document: ModelDocument): LinearModel {
  if (document.format !== MODEL_FORMAT) throw new Error(`Unknown tagger model format: ${String(document.format)}`);
  const width = document.tags.length;
  const features = document.features.split('\n');
  const weights = new Float32Array(features.length * width);
  // A fresh, aligned copy: the values are read through an Int16Array view (little-endian, as
  // every platform Node runs on).
  const bytes = new Uint8Array(Buffer.from(document.weights, 'base64'));
  const valuesAt = features.length + (features.length % 2);
  const entries = (bytes.length - valuesAt) / 3;
  if (!Number.isInteger(entries)) throw new Error('The tagger model weights do not match its feature list');
  const values = new Int16Array(bytes.buffer, valuesAt, entries);
  const tagsAt = valuesAt + entries * 2;
  let e = 0;
  for (let k = 0; k < features.length; k++) {
    const offset = k * width;
    for (let end = e + (bytes[k] as number); e < end; e++) weights[offset + (bytes[tagsAt + e] as number)] = values[e] as number;
  }
  if (e !== entries) throw new Error('The tagger model weights do not match its feature list');
  for (let k = 1; k < features.length; k++) {
    if ((features[k - 1] as string) >= (features[k] as string)) throw new Error('The tagger model features are not sorted');
  }
  return {
    tags: document.tags,
    features,
    row: (feature) => {
      const k = findSorted(features, feature);
      return k < 0 ? undefined : k * width;
    },
    weights,
    tagDictionary: new Map(Object.entries(document.tagDictionary)),
    lexicon: unpackLexicon(document.lexicon),
  };
}

/** Reads and converts a model file. */
export function readModel(url: URL): LinearModel {
  let document: ModelDocument;
  try {
    document = JSON.parse(readFileSync(url, 'utf8')) as ModelDocument;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot read the tagger model ${url.pathname} (${reason}). It is committed with the project; ` +
        'regenerate it with "npm run train-tagger" (needs ../shared/resources/ud-indonesian).',
      { cause: error },
    );
  }
  return toLinearModel(document);
}
