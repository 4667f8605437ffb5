import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CommandSet } from '../commands/command-loader.js';
import { PACKAGE_ROOT } from '../config.js';
import { withSlashCommands } from './manifest-commands.js';

/** `npm run slack:manifest`: rewrites the slash commands in slack/manifest.yml from the command files. */
const file = path.join(PACKAGE_ROOT, 'slack', 'manifest.yml');
const manifest = await readFile(file, 'utf8');
await writeFile(file, withSlashCommands(manifest, (await CommandSet.load()).all));
process.stdout.write(`updated ${path.relative(process.cwd(), file)}\n`);
