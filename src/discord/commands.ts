import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** The slash commands, as Discord's API takes them (registered by `npm run discord:register`). */
export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: 'role',
    type: ApplicationCommandType.ChatInput,
    description: 'Show a smart-city role card',
    options: [{ name: 'name', description: 'Role name, e.g. urban mechanic', type: ApplicationCommandOptionType.String, required: true, autocomplete: true, max_length: 100 }],
  },
  {
    name: 'ask',
    type: ApplicationCommandType.ChatInput,
    description: 'Ask career-bot a question about smart-city careers',
    options: [{ name: 'question', description: 'e.g. Which roles need machine learning?', type: ApplicationCommandOptionType.String, required: true, max_length: 500 }],
  },
  {
    name: 'skills',
    type: ApplicationCommandType.ChatInput,
    description: 'List in-demand skills, or show which roles use one',
    options: [{ name: 'name', description: 'Skill, e.g. machine learning', type: ApplicationCommandOptionType.String, required: false, autocomplete: true, max_length: 100 }],
  },
];
