/** Errors a person can act on: each names the thing to fix. */

export class CareerBotError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A knowledge file that cannot be served: names the file and the field. */
export class KnowledgeError extends CareerBotError {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${field}: ${problem}`, options);
  }
}

/** One thing wrong with the configuration, in plain words: what to change and an example of a good value. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/**
 * Missing or malformed environment variables: names each variable, all at once, so a person fixes
 * the whole .env in one pass instead of one restart per mistake.
 */
export class ConfigError extends CareerBotError {
  readonly problems: ConfigProblem[];

  constructor(variable: string, problem: string, options?: { cause?: unknown });
  constructor(problems: ConfigProblem[], options?: { cause?: unknown });
  constructor(first: string | ConfigProblem[], second?: string | { cause?: unknown }, third?: { cause?: unknown }) {
    const problems = typeof first === 'string' ? [{ variable: first, problem: String(second) }] : [...first];
    const options = typeof first === 'string' ? third : typeof second === 'object' ? second : undefined;
    super(describeProblems(problems), options);
    this.problems = problems;
  }

  /** The first problem's variable, as when the error named only one. */
  get variable(): string {
    return this.problems[0]?.variable ?? 'environment';
  }

  get problem(): string {
    return this.problems[0]?.problem ?? 'is not valid';
  }
}

function describeProblems(problems: ConfigProblem[]): string {
  if (problems.length === 0) return 'environment: the configuration is not valid';
  const lines = problems.map((p) => `${p.variable}: ${p.problem}`);
  if (lines.length === 1) return lines[0]!;
  return [
    `${lines.length} configuration problems (fix them in the environment or in .env):`,
    ...lines.map((l) => `  ${l}`),
  ].join('\n');
}
