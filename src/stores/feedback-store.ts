/** One 👍 or 👎 on an answer; the user is kept only as a pseudonym. */
export interface FeedbackEntry {
  answerKey: string;
  verdict: 'up' | 'down';
  question?: string;
  sources: string[];
  user: string;
  surface: string;
  at: number;
}

export interface FeedbackStore {
  record(entry: FeedbackEntry): void;
  all(): FeedbackEntry[];
}

export class MemoryFeedback implements FeedbackStore {
  private readonly entries: FeedbackEntry[] = [];

  constructor(private readonly max = 10_000) {}

  record(entry: FeedbackEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.max) this.entries.shift();
  }

  all(): FeedbackEntry[] {
    return [...this.entries];
  }
}
