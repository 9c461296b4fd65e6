/**
 * The tagger's model file (data/models/pos-id.json, written by scripts/train-tagger.ts): averaged
 * perceptron weights, pruned and stored as integers, read into one Float32Array at load.
 *
 * The features are one newline-joined string and the weights one base64 block, not JSON arrays:
 * parsing 45,000 small arrays took longer than everything else in a load.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LinearModel } from './perceptron.ts';

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
  /** Dictionary word classes for the "lx" features: class ("nv") → space-separated words. */
  lexicon: Record<string, string>;
  /** Feature names joined by "\n"; row k of the weights belongs to the k-th. */
  features: string;
  /**
   * Base64 of the nonzero weights in feature order, as three blocks: per feature its count
   * (uint8), then per weight its value (int16 little-endian), then per weight its tag (uint8).
   */
  weights: string;
}

/** Version tag of the layout above; a loader refuses any other. */
export const MODEL_FORMAT = 'kutip-perceptron-2';

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

/** Turns a parsed model document into a scoring model; throws on a malformed one. */
export function toLinearModel(document: ModelDocument): LinearModel {
  if (document.format !== MODEL_FORMAT) throw new Error(`Unknown tagger model format: ${String(document.format)}`);
  const width = document.tags.length;
  const features = document.features.split('\n');
  const weights = new Float32Array(features.length * width);
  const rows = new Map<string, number>();
  const inverse = 1 / document.scale;
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
    rows.set(features[k] as string, offset);
    for (let end = e + (bytes[k] as number); e < end; e++) weights[offset + (bytes[tagsAt + e] as number)] = (values[e] as number) * inverse;
  }
  if (e !== entries) throw new Error('The tagger model weights do not match its feature list');
  const classes = new Map<string, string>();
  for (const [cls, words] of Object.entries(document.lexicon)) for (const word of words.split(' ')) classes.set(word, cls);
  return {
    tags: document.tags,
    rows,
    weights,
    tagDictionary: new Map(Object.entries(document.tagDictionary)),
    lexicon: (word) => classes.get(word),
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
