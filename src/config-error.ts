/**
 * Thrown by `loadConfig` when the environment is unusable. The message lists every problem at once,
 * each with what to do, so a person fixes `.env` in one pass instead of one restart per mistake.
 * It never contains a secret's value: only variable names and advice.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** One line per problem, in variable order. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Configuration problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}
