/**
 * What an answer was about, kept briefly under a short key, so a feedback click (whose button id is
 * limited to 100 characters) can be logged with the question and the sources it rated.
 */
export interface AnsweredQuestion {
  question: string;
  sources: string[];
}

export class RecentAnswers {
  private readonly answers = new Map<string, AnsweredQuestion>();
  private counter = 0;

  constructor(private readonly max = 5_000) {}

  add(answer: AnsweredQuestion): string {
    const key = `${Date.now().toString(36)}${(this.counter++).toString(36)}`;
    this.answers.set(key, answer);
    if (this.answers.size > this.max) this.answers.delete(this.answers.keys().next().value!);
    return key;
  }

  get(key: string): AnsweredQuestion | undefined {
    return this.answers.get(key);
  }
}
