/** One 👍 or 👎 on an answer, linked to it by its key; the user is kept only as a pseudonym. */
export interface FeedbackEntry {
  answerKey: string;
  verdict: 'up' | 'down';
  /** What was wrong, when the person said. */
  reason?: string;
  user: string;
  surface: string;
  at: number;
}

export interface FeedbackStore {
  /** A second verdict from the same person on the same answer replaces the first. */
  record(entry: FeedbackEntry): void;
  all(): FeedbackEntry[];
}

export class MemoryFeedback implements FeedbackStore {
  private readonly entries: FeedbackEntry[] = [];

  constructor(private readonly max = 10_000) {}

  record(entry: FeedbackEntry): void {
    const same = this.entries.findIndex((e) => e.answerKey === entry.answerKey && e.user === entry.user);
    if (same >= 0) this.entries.splice(same, 1);
    this.entries.push(entry);
    if (this.entries.length > this.max) this.entries.shift();
  }

  all(): FeedbackEntry[] {
    return [...this.entries];
  }
}
