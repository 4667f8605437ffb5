import { REST, Routes } from 'discord.js';
import { CommandSet } from '../commands/command-loader.js';
import type { DiscordConfig } from '../config.js';
import { discordCommandJson } from './commands.js';

/**
 * Registers the slash commands through Discord's REST API: to one server when a guild id is given
 * (updates show at once, for testing), otherwise globally (may take up to an hour to appear).
 */
export async function registerCommands(config: DiscordConfig): Promise<{ scope: string; names: string[] }> {
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const body = discordCommandJson((await CommandSet.load()).all, { global: !config.guildId });
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: config.guildId ? `server ${config.guildId}` : 'global', names: saved.map((c) => c.name) };
}
