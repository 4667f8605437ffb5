import type { Command } from './command.js';

export const roleCommand = {
  name: 'role',
  aliases: ['roles'],
  description: 'Show a smart-city role card (no name lists every role)',
  options: [
    { name: 'name', description: 'Role name, e.g. urban mechanic', required: false, complete: 'role', maxLength: 100 },
  ],
  usage: '[role name]',
  example: 'urban-mechanic',
  run(args, { engine }) {
    const name = args.name?.trim();
    if (!name) return { kind: 'list', of: 'role', items: engine.roleCards() };
    const found = engine.role(name);
    return found.found ? { kind: 'role-card', card: found.card } : { kind: 'not-found', of: 'role', name, ...found };
  },
} satisfies Command;
