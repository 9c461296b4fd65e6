/** Every tunable of the engine in one place, with its default. */
export interface EngineSettings {
  /** Questions longer than this are cut before analysis (characters). */
  maxQuestionChars: number;
  /** Content words of a question considered at most (the rest are dropped). */
  maxQuestionWords: number;
  /** Least share of the question's weight the best sentence must cover to answer at all. */
  minCoverage: number;
  /**
   * A question name matched no better than this is missing: expand.ts gives a family name alone
   * 0.85 and a given name alone 0.6 ("Sri" is not "Sri Mulyani").
   */
  weakNameMatch: number;
  /** Most citations per answer. */
  maxCitations: number;
  /** Turns a conversation keeps. */
  maxTurns: number;
  /** Boost for sentences in paragraphs the previous turn cited (follow-ups). */
  followUpBoost: number;
  /**
   * What a wrong answer costs against a right one (1) when the engine decides whether to answer or
   * say "not found": a wrong answer under a real quote misleads, a refusal only disappoints.
   */
  wrongAnswerCost: number;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  maxQuestionChars: 500,
  maxQuestionWords: 16,
  minCoverage: 0.3,
  weakNameMatch: 0.7,
  maxCitations: 5,
  maxTurns: 6,
  followUpBoost: 1.25,
  wrongAnswerCost: 0.25,
};
