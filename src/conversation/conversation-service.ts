import type { Logger } from 'pino';
import { type Answer, type AnswerEvent, type Turn, turnAfter } from '../answer/answer.js';
import { outcomeOf } from '../answer/answer-outcome.js';
import type { CommandArgs } from '../commands/command.js';
import type { CommandSet } from '../commands/command-loader.js';
import type { CareerEngine } from '../engine.js';
import type { NamedRef } from '../lookup/role-card.js';
import type { Reply } from '../replies/reply.js';
import { APOLOGY, slowDown } from '../replies/wording.js';
import type { AnswerRecord } from '../stores/answer-store.js';
import type { Stores } from '../stores/stores.js';
import { pseudonym } from './pseudonym.js';
import type { RateLimiter } from './rate-limiter.js';
import { IGNORE_EVENTS, type ServiceObserver } from './service-observer.js';
import { parseShareTarget, shareTarget } from './share-target.js';

/** A question as a chat surface received it, mentions already removed. */
export interface IncomingMessage {
  surface: string;
  /** Where on the surface, for logs: "app_mention", "direct_message"… */
  where: string;
  /** The platform's id for this delivery; a redelivery with the same id is answered once. */
  deliveryId?: string;
  /** Whose follow-ups belong together: a thread, or one user in one channel (never a whole channel). */
  conversation: string;
  user: string;
  text: string;
  /** The thread's earlier questions from the platform, read when the store has no turn (after a restart). */
  history?: () => Promise<string[]>;
}

/** A platform's own streaming of a message being written (Slack's chat streams). */
export interface NativeStream<Ref> {
  append(text: string): Promise<void>;
  /** Ends the stream with the final, checked reply. */
  finish(reply: Reply): Promise<void>;
  /** The message being streamed, once the platform has created it. */
  ref(): Ref | undefined;
}

/** The output operations a surface offers for one incoming message. */
export interface ReplyTarget<Ref> {
  post(reply: Reply): Promise<Ref>;
  update(ref: Ref, reply: Reply): Promise<void>;
  /** How often a message being written may be updated on this surface. */
  streamIntervalMs: number;
  /** Native streaming where the platform offers it here; post and update are the fallback. */
  stream?(): NativeStream<Ref>;
  /** Called once the final reply is shown, for what a surface adds after it (suggested next questions). */
  delivered?(reply: Reply): Promise<void>;
}

export interface Caller {
  surface: string;
  user: string;
}

export interface ServiceOptions {
  /** Per-user limit on questions and commands from chat surfaces; the terminal's operator is not limited. */
  limiter?: RateLimiter;
  observer?: ServiceObserver;
}

/** The final answer as the service gives it: with the key its record is stored under. */
type ServiceEvent = AnswerEvent | { type: 'recorded'; answer: Answer; key: string };

/**
 * Everything above the engine that every chat surface needs, written once: de-duplication,
 * follow-up context, streaming with throttled updates, answer records, feedback, share, commands,
 * rate limits, the apology when something fails, and draining on shutdown. Adapters only translate
 * platform events to these calls.
 */
export class ConversationService {
  private current: CareerEngine;
  private accepting = true;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly observer: ServiceObserver;

  constructor(
    engine: CareerEngine,
    readonly commands: CommandSet,
    private readonly stores: Stores,
    private readonly logger: Logger,
    private readonly opts: ServiceOptions = {},
  ) {
    this.current = engine;
    this.observer = opts.observer ?? IGNORE_EVENTS;
  }

  /** The engine answering now; replaced when the knowledge is reloaded. */
  get engine(): CareerEngine {
    return this.current;
  }

  /** Serves new questions from `engine`; answers already under way finish on the one they started on. */
  useEngine(engine: CareerEngine): void {
    this.current = engine;
  }

  /** Answers under way (messages and commands). */
  get busy(): number {
    return this.inFlight.size;
  }

  /**
   * Stops taking new messages and waits for the answers under way, at most `timeoutMs`; true when
   * they all finished. A message refused now is not marked as seen, so a redelivery can be answered.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...this.inFlight]).then(() => true);
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }

  /** Answers a chat message once, streaming when a model writes; false when it was not answered now. */
  async handleMessage<Ref>(message: IncomingMessage, target: ReplyTarget<Ref>): Promise<boolean> {
    const { surface, where, deliveryId } = message;
    if (!this.accepting) {
      this.logger.info({ surface, where }, 'shutting down: message left for redelivery');
      return false;
    }
    if (deliveryId && !this.stores.seen.firstTime(`${surface}:${deliveryId}`)) {
      this.logger.info({ surface, where }, 'duplicate delivery ignored');
      return false;
    }
    const user = pseudonym(this.stores.userKey, surface, message.user);
    const limited = this.limited(surface, user);
    if (limited) {
      await target.post(limited).catch((err: unknown) => this.logger.error({ err, surface }, 'could not send'));
      return true;
    }
    await this.track(this.answerMessage(message, target, user));
    return true;
  }

  /**
   * One question as a stream of answer events, recorded like every other (the terminal chat and the
   * CLI); with `conversation`, the last turn kept under that key is its context.
   */
  async *askStream(question: string, caller: Caller, conversation?: string): AsyncGenerator<AnswerEvent> {
    const user = pseudonym(this.stores.userKey, caller.surface, caller.user);
    for await (const event of this.answerEvents(question, caller.surface, user, conversation))
      if (event.type !== 'recorded') yield event;
  }

  async ask(question: string, caller: Caller, conversation?: string): Promise<Answer> {
    let final: Answer | undefined;
    for await (const event of this.askStream(question, caller, conversation))
      if (event.type === 'final') final = event.answer;
    return final!;
  }

  /** Runs a command; its reply carries the actions (feedback, share) the surface shows as buttons. */
  async runCommand(name: string, args: CommandArgs, caller: Caller): Promise<Reply> {
    const command = this.commands.find(name);
    if (!command) return { kind: 'notice', text: `Unknown command /${name}.` };
    const user = pseudonym(this.stores.userKey, caller.surface, caller.user);
    const limited = this.limited(caller.surface, user);
    if (limited) return limited;
    const started = performance.now();
    try {
      const reply = await this.track(Promise.resolve(command.run(args, { engine: this.engine })));
      if (reply.kind === 'answer') {
        const key = this.record(reply.question, reply.answer, caller.surface, user, performance.now() - started);
        return this.answerReply(reply.question, reply.answer, key, { share: true });
      }
      if (reply.kind === 'role-card' || reply.kind === 'skill-card') {
        return {
          ...reply,
          actions: { share: shareTarget({ kind: 'command', command: command.name, arg: reply.card.id }) },
        };
      }
      return reply;
    } catch (err) {
      this.logger.error({ err, surface: caller.surface, command: command.name }, 'command failed');
      return { kind: 'notice', text: APOLOGY };
    }
  }

  /** Names to offer for a command option as the user types. */
  complete(commandName: string, option: string, typed: string, limit: number): NamedRef[] {
    const source = this.commands.find(commandName)?.options.find((o) => o.name === option)?.complete;
    if (!source) return [];
    const lookup = source === 'role' ? this.engine.roleLookup : this.engine.skillLookup;
    return lookup.suggest(typed, limit).map((d) => ({ id: d.id, title: d.title }));
  }

  /**
   * Records a 👍 or 👎 (and what was wrong, when said); the answer it rates is found through the
   * store, so it survives a restart.
   */
  feedback(answerKey: string, verdict: 'up' | 'down', caller: Caller, reason?: string): AnswerRecord | undefined {
    const rated = this.stores.answers.get(answerKey);
    const user = pseudonym(this.stores.userKey, caller.surface, caller.user);
    const why = reason?.trim().slice(0, 1000) || undefined;
    this.stores.feedback.record({ answerKey, verdict, reason: why, user, surface: caller.surface, at: Date.now() });
    this.observer.feedback({ surface: caller.surface, verdict });
    this.logger.info(
      {
        feedback: verdict,
        question: rated?.question,
        sources: rated?.answer.sources.map((s) => s.id) ?? [],
        user,
        surface: caller.surface,
      },
      'answer feedback',
    );
    return rated;
  }

  /** What was wrong with an answer already rated 👎, said afterwards (a form); the verdict is not counted again. */
  feedbackReason(answerKey: string, caller: Caller, reason: string): void {
    const why = reason.trim().slice(0, 1000);
    if (!why) return;
    const user = pseudonym(this.stores.userKey, caller.surface, caller.user);
    this.stores.feedback.record({
      answerKey,
      verdict: 'down',
      reason: why,
      user,
      surface: caller.surface,
      at: Date.now(),
    });
    this.logger.info({ user, surface: caller.surface }, 'feedback reason');
  }

  /** The public version of what a Share button points at; undefined when it is gone. */
  async share(target: string, caller: Caller): Promise<Reply | undefined> {
    const parsed = parseShareTarget(target);
    if (!parsed) return undefined;
    if (parsed.kind === 'answer') {
      const record = this.stores.answers.get(parsed.key);
      return (
        record && {
          kind: 'answer',
          question: record.question,
          answer: record.answer,
          actions: { feedback: parsed.key },
        }
      );
    }
    const command = this.commands.find(parsed.command);
    const option = command?.options[0];
    if (!command || !option) return undefined;
    const reply = await this.runCommand(command.name, { [option.name]: parsed.arg }, caller);
    if (reply.kind === 'not-found' || reply.kind === 'notice') return undefined;
    return { ...reply, actions: reply.kind === 'answer' ? { feedback: reply.actions?.feedback } : undefined };
  }

  private async answerMessage<Ref>(message: IncomingMessage, target: ReplyTarget<Ref>, user: string): Promise<void> {
    const { surface, where } = message;
    let ref: Ref | undefined;
    let native: NativeStream<Ref> | undefined;
    let nativeFailed = !target.stream;
    /** A native stream the platform refused or expired: go on with post and update, at its message if any. */
    const dropNative = (err: unknown) => {
      this.logger.warn({ err, surface, where }, 'native streaming failed; updating the message instead');
      nativeFailed = true;
      ref = native?.ref();
    };
    try {
      let text = '';
      let shownAt = 0;
      const previous = await this.previousTurn(message);
      for await (const event of this.answerEvents(message.text, surface, user, message.conversation, previous)) {
        if (event.type === 'delta') {
          text += event.text;
          if (!nativeFailed) {
            try {
              native ??= target.stream!();
              await native.append(event.text);
              continue;
            } catch (err) {
              dropNative(err);
            }
          }
          const now = performance.now();
          if (ref === undefined) ref = await target.post({ kind: 'draft', text });
          else if (now - shownAt >= target.streamIntervalMs) await target.update(ref, { kind: 'draft', text });
          else continue;
          shownAt = now;
          continue;
        }
        if (event.type !== 'recorded') continue;
        const reply = this.answerReply(message.text, event.answer, event.key, { share: false });
        let finished = false;
        if (native && !nativeFailed) {
          try {
            await native.finish(reply);
            finished = true;
          } catch (err) {
            dropNative(err);
          }
        }
        if (!finished) {
          if (ref === undefined) await target.post(reply);
          else await target.update(ref, reply);
        }
        await target
          .delivered?.(reply)
          .catch((err: unknown) => this.logger.warn({ err, surface, where }, 'after-answer step failed'));
      }
    } catch (err) {
      this.logger.error({ err, surface, where }, 'answering failed');
      const apology: Reply = { kind: 'notice', text: APOLOGY };
      await (ref === undefined ? target.post(apology) : target.update(ref, apology)).catch((e: unknown) =>
        this.logger.error({ err: e, surface, where }, 'could not send the apology'),
      );
    }
  }

  /** The engine's events for one question, then its record's key; the turn is kept under `conversation`. */
  private async *answerEvents(
    question: string,
    surface: string,
    user: string,
    conversation?: string,
    previous?: Turn,
  ): AsyncGenerator<ServiceEvent> {
    const started = performance.now();
    const context = previous ?? (conversation === undefined ? undefined : this.stores.conversations.get(conversation));
    for await (const event of this.engine.askStream(question, context)) {
      if (event.type !== 'final') {
        yield event;
        continue;
      }
      // Kept before the final event is handed on: a consumer may stop reading once it has it.
      const turn = turnAfter(question, event.answer);
      if (turn && conversation !== undefined) this.stores.conversations.remember(conversation, turn, user);
      const key = this.record(question, event.answer, surface, user, performance.now() - started);
      yield event;
      yield { type: 'recorded', answer: event.answer, key };
    }
  }

  /** Keeps the question and its answer for feedback, share and the admin's report; returns its key. */
  private record(question: string, answer: Answer, surface: string, user: string, latencyMs: number): string {
    const { outcome } = outcomeOf(answer);
    this.observer.answered({
      surface,
      outcome,
      latencyMs,
      fellBack:
        this.engine.generates && answer.mode === 'extractive' && (outcome === 'answered' || outcome === 'partial'),
    });
    this.logger.info(
      { surface, user, outcome, roles: answer.roles.slice(0, 3), sources: answer.sources.map((s) => s.id) },
      'answered',
    );
    return this.stores.answers.save({ question, answer, surface, user, at: Date.now(), latencyMs });
  }

  private answerReply(question: string, answer: Answer, key: string, opts: { share: boolean }): Reply {
    if (!answer.grounded) return { kind: 'answer', question, answer };
    return {
      kind: 'answer',
      question,
      answer,
      actions: { feedback: key, ...(opts.share ? { share: shareTarget({ kind: 'answer', key }) } : {}) },
    };
  }

  /** The friendly reply when this person has asked too much too fast; undefined when they may ask. */
  private limited(surface: string, user: string): Reply | undefined {
    const limiter = this.opts.limiter;
    if (!limiter || surface === 'cli' || limiter.take(user)) return undefined;
    this.observer.limited({ surface });
    this.logger.info({ surface, user }, 'rate limited');
    return { kind: 'notice', text: slowDown(limiter.waitSeconds(user)) };
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  /** The stored turn; after a restart, the platform's thread history re-read offline (no model call). */
  private async previousTurn(message: IncomingMessage): Promise<Turn | undefined> {
    const stored = this.stores.conversations.get(message.conversation);
    if (stored || !message.history) return stored;
    let previous: Turn | undefined;
    for (const question of await message.history())
      previous = turnAfter(question, await this.engine.askOffline(question, previous)) ?? previous;
    return previous;
  }
}
