import { loadConfig } from '../config.js';
import { CareerBotError, ConfigError } from '../errors.js';
import { registerCommands } from './register-commands.js';

/** `npm run discord:register` */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN', 'is required to register the slash commands (with DISCORD_APPLICATION_ID)');
  const { scope, names } = await registerCommands(config.discord);
  process.stdout.write(`registered ${names.map((n) => `/${n}`).join(', ')} (${scope})\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `career-bot: ${err instanceof CareerBotError || err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
});
