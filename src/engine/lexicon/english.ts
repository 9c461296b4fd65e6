/**
 * A light English lemmatizer for dictionary look-ups. It does not need to be right about English,
 * only to put the right base form among a few candidates: the lexicon tries them in order and keeps
 * the first one it knows, so an unknown wrong guess ("criticiz") costs nothing.
 */

/** Irregular forms whose base cannot be reached by stripping a suffix; arrays are ambiguous forms. */
const IRREGULAR: Readonly<Record<string, string | readonly string[]>> = {
  // be, have, do
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
  // strong and irregular verbs that news reports use
  said: 'say', says: 'say', told: 'tell', gave: 'give', given: 'give', sent: 'send', won: 'win',
  went: 'go', gone: 'go', goes: 'go', made: 'make', took: 'take', taken: 'take', came: 'come',
  saw: 'see', seen: 'see', held: 'hold', met: 'meet', led: 'lead', left: ['leave', 'left'],
  thought: 'think', brought: 'bring', bought: 'buy', sold: 'sell', fought: 'fight', caught: 'catch',
  taught: 'teach', found: 'find', built: 'build', spent: 'spend', lost: 'lose', paid: 'pay',
  kept: 'keep', began: 'begin', begun: 'begin', became: 'become', knew: 'know', known: 'know',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', struck: 'strike', stricken: 'strike',
  stood: 'stand', understood: 'understand', got: 'get', gotten: 'get', ran: 'run', felt: 'feel',
  heard: 'hear', shot: 'shoot', fled: 'flee', drove: 'drive', driven: 'drive', flew: 'fly',
  flown: 'fly', threw: 'throw', thrown: 'throw', grew: 'grow', grown: 'grow', drew: 'draw',
  drawn: 'draw', ate: 'eat', eaten: 'eat', wore: 'wear', worn: 'wear', broke: 'break',
  broken: 'break', froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide', forgot: 'forget',
  forgotten: 'forget', sought: 'seek', sank: 'sink', sunk: 'sink', swore: 'swear', sworn: 'swear',
  withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow', overthrown: 'overthrow',
  undertook: 'undertake', undertaken: 'undertake', arose: 'arise', arisen: 'arise', dealt: 'deal',
  meant: 'mean', lent: 'lend', laid: 'lay', slept: 'sleep', swept: 'sweep', stole: 'steal',
  stolen: 'steal', rang: 'ring', rung: 'ring', sang: 'sing', sung: 'sing', fed: 'feed', bore: 'bear',
  borne: 'bear', born: 'bear', beat: 'beat', beaten: 'beat', bit: 'bite', bitten: 'bite',
  forbade: 'forbid', forbidden: 'forbid', forgave: 'forgive', forgiven: 'forgive', shook: 'shake',
  shaken: 'shake', woke: 'wake', woken: 'wake', upheld: 'uphold', withheld: 'withhold',
  overcame: 'overcome', foresaw: 'foresee', foreseen: 'foresee', rode: 'ride', ridden: 'ride',
  dying: 'die', lying: 'lie', tying: 'tie', fleeing: 'flee',
  // irregular plurals
  men: 'man', women: 'woman', children: 'child', people: ['people', 'person'], feet: 'foot',
  teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: ['life', 'live'], wives: 'wife',
  knives: 'knife', leaves: ['leave', 'leaf'], thieves: 'thief', halves: 'half', shelves: 'shelf',
  wolves: 'wolf', selves: 'self', crises: 'crisis', analyses: 'analysis', bases: ['base', 'basis'],
  criteria: 'criterion', phenomena: 'phenomenon', indices: 'index', militaries: 'military',
  // comparison
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', more: 'many', most: 'many',
  less: 'little', least: 'little', further: 'far', farther: 'far', biggest: 'big', bigger: 'big',
  largest: 'large', larger: 'large', highest: 'high', higher: 'high', lowest: 'low', lower: 'low',
  latest: 'late', later: 'late', greatest: 'great', greater: 'great', oldest: 'old', older: 'old',
};

/** Words that look inflected but are not: stripping them would only produce wrong guesses. */
const NOT_INFLECTED = new Set([
  'news', 'series', 'species', 'politics', 'economics', 'physics', 'mathematics', 'ethics', 'means',
  'always', 'perhaps', 'sometimes', 'whereas', 'besides', 'afterwards', 'this', 'his', 'its', 'hers',
  'ours', 'yours', 'theirs', 'thus', 'us', 'yes', 'gas', 'bus', 'lens', 'bias', 'alias', 'atlas',
  'canvas', 'christmas', 'chaos', 'during', 'morning', 'evening', 'nothing', 'something', 'anything',
  'everything', 'ceiling', 'beijing', 'hundred', 'sacred', 'naked', 'wicked', 'kindred', 'rugged',
  'need', 'speed', 'seed', 'feed', 'bleed', 'breed', 'greed', 'weed', 'heed', 'reed', 'deed',
  'steed', 'proceed', 'succeed', 'exceed', 'indeed', 'only', 'early', 'family', 'daily', 'italy',
  'july', 'holy', 'ugly', 'rally', 'ally', 'belly', 'bully', 'jelly', 'supply', 'apply', 'reply',
  'comply', 'imply', 'multiply', 'assembly', 'anomaly', 'monopoly', 'fly',
]);

const VOWELS = 'aeiou';

/** Endings after which a dropped final "e" is the likely base ("provid" → "provide"). */
const E_AFTER = [
  'v', 'z', 'c', 'at', 'ut', 'ur', 'ir', 'ar', 'id', 'ud', 'ad', 'od', 'ib', 'il', 'ul', 'ok', 'um',
  'ot', 'os', 'is', 'as', 'us', 'ys', 'in', 'ag', 'eg', 'rg', 'dg', 'rc', 'nc', 'ns', 'rs', 'ps',
  'ls', 'bl', 'pl', 'tl', 'gl', 'kl', 'dl', 'fl', 'zl',
];

/** Doubled consonants that belong to the base ("call", "pass"), unlike "stopp" or "plann". */
const KEPT_DOUBLES = new Set(['l', 's', 'f', 'z']);

/**
 * Lowercases an English word or phrase for look-up: curly quotes made straight, surrounding
 * punctuation and a possessive "'s" removed, inner spaces collapsed.
 */
export function normalizeEnglish(text: string): string {
  const spaced = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  // Dotted abbreviations ("u.s.") keep their dots: without them "us" is a pronoun.
  if (/^(?:\p{L}\.)+$/u.test(spaced)) return spaced;
  return spaced.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/'s$/, '');
}

function vowelGroups(word: string): number {
  return word.match(/[aeiouy]+/g)?.length ?? 0;
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** True when the stem ends consonant–vowel–consonant, as "writ" or "provid" do. */
function endsCvc(stem: string): boolean {
  const [a, b, c] = [stem.at(-3), stem.at(-2), stem.at(-1)];
  return c !== undefined && !isVowel(c) && !'wxy'.includes(c) && isVowel(b) && !isVowel(a);
}

/** Candidate bases for a stem left by removing "-ed" or "-ing", best first. */
function suffixBases(stem: string): string[] {
  if (stem.length < 2 || !/[aeiouy]/.test(stem)) return [];
  const last = stem.at(-1) ?? '';
  const beforeLast = stem.at(-2) ?? '';
  if (last === beforeLast && !isVowel(last) && stem.length >= 4) {
    const undoubled = stem.slice(0, -1);
    return KEPT_DOUBLES.has(last) ? [stem, undoubled] : [undoubled, stem];
  }
  // No English base ends in "u" after a consonant: "argu", "continu" lost their final "e".
  if (last === 'u') return [`${stem}e`, stem];
  const withE = `${stem}e`;
  const eFirst =
    (endsCvc(stem) && vowelGroups(stem) === 1) ||
    /[aeiou]{2}s$/.test(stem) ||
    E_AFTER.some((ending) => stem.endsWith(ending) && !(isVowel(ending[0]) && isVowel(stem.at(-3))));
  return eFirst ? [withE, stem] : [stem, withE];
}

/** Candidate bases for a word ending in "s" (plural or third person). */
function pluralBases(word: string): string[] {
  if (word.length < 4 || /(ss|us|is|ous)$/.test(word)) return [];
  if (word.endsWith('ies')) return word.length > 4 ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1)];
  if (word.endsWith('es')) {
    const strippedEs = word.slice(0, -2);
    const strippedS = word.slice(0, -1);
    return /(ch|sh|x|ss|zz|o)es$/.test(word) ? [strippedEs, strippedS] : [strippedS, strippedEs];
  }
  return [word.slice(0, -1)];
}

/** Candidate bases for an adverb in "-ly": "strongly", "basically", "reportedly". */
function adverbBases(word: string): string[] {
  if (word.length < 6 || /ply$/.test(word)) return [];
  const stem = word.slice(0, -2);
  if (word.endsWith('ily')) return [`${word.slice(0, -3)}y`, stem];
  if (word.endsWith('bly')) return [`${word.slice(0, -1)}e`];
  if (word.endsWith('ally')) return [stem, word.slice(0, -4)];
  if (stem.endsWith('ed')) return [stem, ...suffixBases(stem.slice(0, -2))];
  return [stem];
}

/** The inflection rules proper, without the word itself. */
function ruleBases(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return typeof irregular === 'string' ? [irregular] : [...irregular];
  if (NOT_INFLECTED.has(word) || !/^[a-z]+$/.test(word)) return [];
  if (word.endsWith('ied') && word.length > 4) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('eed') || word.endsWith('ied')) return [word.slice(0, -1)];
  if (word.endsWith('ed')) return suffixBases(word.slice(0, -2));
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    if (stem.endsWith('y') || stem.endsWith('ee')) return [stem];
    return suffixBases(stem);
  }
  if (word.endsWith('ly')) return adverbBases(word);
  // Superlatives: "cheapest" → cheap, "hottest" → hot, "easiest" → easy, "finest" → fine (a base
  // that is no word, "interest" → "inter", is simply not found, and the word itself is tried next).
  if (word.endsWith('iest') && word.length > 6) return [`${word.slice(0, -4)}y`];
  if (word.endsWith('est') && word.length > 6) {
    const stem = word.slice(0, -3);
    const undoubled = /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : null;
    return [...(undoubled ? [undoubled] : []), stem, `${stem}e`];
  }
  if (word.endsWith('s') && !word.endsWith("'s")) return pluralBases(word);
  return [];
}

/**
 * Candidate base forms of an English word, most likely first, for dictionary look-up:
 * "supports" → ["support", "supports"], "criticized" → ["criticize", "criticiz", "criticized"],
 * "said" → ["say", "said"]. The normalized word itself always comes last (or alone when no rule
 * applies), so a caller can look the candidates up in order and keep the first it knows.
 */
export function englishLemmas(word: string): string[] {
  const normalized = normalizeEnglish(word);
  if (normalized === '') return [];
  return [...new Set([...ruleBases(normalized), normalized])];
}
