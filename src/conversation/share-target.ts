/**
 * What a Share button re-creates publicly, as a short string that fits a button id: a command and
 * its argument ("role:urban-mechanic"), or a recorded answer ("answer:<key>").
 */
export type ShareTarget = { kind: 'answer'; key: string } | { kind: 'command'; command: string; arg: string };

export function shareTarget(target: ShareTarget): string {
  return target.kind === 'answer' ? `answer:${target.key}` : `${target.command}:${target.arg}`;
}

export function parseShareTarget(value: string): ShareTarget | undefined {
  const cut = value.indexOf(':');
  if (cut <= 0 || cut === value.length - 1) return undefined;
  const [head, rest] = [value.slice(0, cut), value.slice(cut + 1)];
  return head === 'answer' ? { kind: 'answer', key: rest } : { kind: 'command', command: head, arg: rest };
}
