import type { ConversationService } from '../../src/conversation/conversation-service.js';
import type { Reply } from '../../src/replies/reply.js';

/** Sends a chat message through the service as an adapter would; resolves to what the person last saw. */
export async function chatMessage(
  service: ConversationService,
  m: { text: string; user: string; surface?: string; deliveryId?: string },
): Promise<Reply> {
  let shown: Reply | undefined;
  const show = async (r: Reply) => {
    shown = r;
  };
  const surface = m.surface ?? 'slack';
  await service.handleMessage(
    { surface, where: 'test', deliveryId: m.deliveryId, conversation: `C1:${m.user}`, user: m.user, text: m.text },
    { post: show, update: (_ref, r) => show(r), streamIntervalMs: 0 },
  );
  return shown!;
}
