import type { Logger } from 'pino';
import { type Answer, type Turn, turnAfter } from '../answer/answer.js';
import type { CommandArgs } from '../commands/command.js';
import type { CommandSet } from '../commands/command-loader.js';
import type { CareerEngine } from '../engine.js';
import type { NamedRef } from '../lookup/role-card.js';
import type { Reply } from '../replies/reply.js';
import { APOLOGY } from '../replies/wording.js';
import type { AnswerRecord } from '../stores/answer-store.js';
import type { Stores } from '../stores/stores.js';
import { Conversation } from './conversation.js';
import { pseudonym } from './pseudonym.js';
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

/** The output operations a surface offers for one incoming message. */
export interface ReplyTarget<Ref> {
  post(reply: Reply): Promise<Ref>;
  update(ref: Ref, reply: Reply): Promise<void>;
  /** How often a message being written may be updated on this surface. */
  streamIntervalMs: number;
}

export interface Caller {
  surface: string;
  user: string;
}

/**
 * Everything above the engine that every chat surface needs, written once: de-duplication,
 * follow-up context, streaming with throttled updates, answer records, feedback, share, commands,
 * and the apology when something fails. Adapters only translate platform events to these calls.
 */
export class ConversationService {
  constructor(
    readonly engine: CareerEngine,
    readonly commands: CommandSet,
    private readonly stores: Stores,
    private readonly logger: Logger,
  ) {}

  /** Answers a chat message once, streaming when a model writes; false when it was a redelivery. */
  async handleMessage<Ref>(message: IncomingMessage, target: ReplyTarget<Ref>): Promise<boolean> {
    const { surface, where, deliveryId } = message;
    if (deliveryId && !this.stores.seen.firstTime(`${surface}:${deliveryId}`)) {
      this.logger.info({ surface, where }, 'duplicate delivery ignored');
      return false;
    }
    let ref: Ref | undefined;
    try {
      const conversation = this.conversation(message.conversation);
      let text = '';
      let shownAt = 0;
      for await (const event of conversation.askStream(message.text, await this.previousTurn(message))) {
        if (event.type === 'delta') {
          text += event.text;
          const now = performance.now();
          if (ref === undefined) ref = await target.post({ kind: 'draft', text });
          else if (now - shownAt >= target.streamIntervalMs) await target.update(ref, { kind: 'draft', text });
          else continue;
          shownAt = now;
          continue;
        }
        const reply = this.answerReply(message.text, event.answer, message.surface, { share: false });
        if (ref === undefined) await target.post(reply);
        else await target.update(ref, reply);
      }
    } catch (err) {
      this.logger.error({ err, surface, where }, 'answering failed');
      const apology: Reply = { kind: 'notice', text: APOLOGY };
      await (ref === undefined ? target.post(apology) : target.update(ref, apology)).catch((e: unknown) =>
        this.logger.error({ err: e, surface, where }, 'could not send the apology'),
      );
    }
    return true;
  }

  /** The engine's stream for one turn of a conversation kept in the store (terminal chat, CLI batch). */
  /** A conversation kept in the store under `key` (the terminal chat, a CLI batch, a chat thread). */
  conversation(key: string): Conversation {
    return new Conversation(this.engine, this.stores.conversations, key);
  }

  /** Runs a command; its reply carries the actions (feedback, share) the surface shows as buttons. */
  async runCommand(name: string, args: CommandArgs, caller: Caller): Promise<Reply> {
    const command = this.commands.find(name);
    if (!command) return { kind: 'notice', text: `Unknown command /${name}.` };
    try {
      const reply = await command.run(args, { engine: this.engine });
      if (reply.kind === 'answer')
        return this.answerReply(reply.question, reply.answer, caller.surface, { share: true });
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

  /** Records a 👍 or 👎; the answer it rates is found through the store, so it survives a new service. */
  feedback(answerKey: string, verdict: 'up' | 'down', caller: Caller): AnswerRecord | undefined {
    const rated = this.stores.answers.get(answerKey);
    const user = pseudonym(caller.surface, caller.user);
    const sources = rated?.answer.sources.map((s) => s.id) ?? [];
    this.stores.feedback.record({
      answerKey,
      verdict,
      question: rated?.question,
      sources,
      user,
      surface: caller.surface,
      at: Date.now(),
    });
    this.logger.info(
      { feedback: verdict, question: rated?.question, sources, user, surface: caller.surface },
      'answer feedback',
    );
    return rated;
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

  private answerReply(question: string, answer: Answer, surface: string, opts: { share: boolean }): Reply {
    this.logger.info(
      {
        surface,
        question,
        grounded: answer.grounded,
        roles: answer.roles.slice(0, 3),
        sources: answer.sources.map((s) => s.id),
      },
      'answered',
    );
    if (!answer.grounded) return { kind: 'answer', question, answer };
    const key = this.stores.answers.save({ question, answer, surface, at: Date.now() });
    return {
      kind: 'answer',
      question,
      answer,
      actions: { feedback: key, ...(opts.share ? { share: shareTarget({ kind: 'answer', key }) } : {}) },
    };
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
