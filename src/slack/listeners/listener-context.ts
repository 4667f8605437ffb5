import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ConversationService } from '../../conversation/conversation-service.js';
import { APOLOGY } from '../../replies/wording.js';

export const SURFACE = 'slack';

/** What every Slack listener needs: the Bolt app to register on and the service to call. */
export interface ListenerContext {
  app: App;
  service: ConversationService;
  logger: Logger;
}

/** Runs a button or command handler; a failure is logged and the person told, never silent. */
export async function guarded(
  logger: Logger,
  where: string,
  work: () => Promise<unknown>,
  tell: (text: string) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    logger.error({ err, where }, 'slack handler failed');
    await tell(APOLOGY).catch(() => undefined);
  }
}
