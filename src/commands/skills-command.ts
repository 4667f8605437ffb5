import type { Command } from './command.js';

export const skillsCommand = {
  name: 'skills',
  aliases: ['skill'],
  description: 'List in-demand skills, or show which roles use one',
  options: [
    { name: 'name', description: 'Skill, e.g. machine learning', required: false, complete: 'skill', maxLength: 100 },
  ],
  usage: '[skill name]',
  example: 'machine learning',
  run(args, { engine }) {
    const name = args.name?.trim();
    if (!name) return { kind: 'list', of: 'skill', items: engine.skillCards() };
    const found = engine.skill(name);
    return found.found ? { kind: 'skill-card', card: found.card } : { kind: 'not-found', of: 'skill', name, ...found };
  },
} satisfies Command;
