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

/** A missing or malformed environment variable: names the variable. */
export class ConfigError extends CareerBotError {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}
