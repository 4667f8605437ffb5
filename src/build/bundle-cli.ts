import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PACKAGE_ROOT } from '../config.js';

/**
 * Bundles the CLI after `tsc`, so a one-shot `career-bot ask` starts in a fraction of the time: Node
 * resolves and compiles a few files instead of ~280 (zod alone is 97 files, 65 of them locales
 * nobody reads). The bundle lives in dist/cli-bundle/ with its own copies of the command files, so
 * the command loader finds them there; dist/cli.js becomes a one-line entry into it. The service
 * (`npm start`), eval and bench keep running tsc's unbundled output.
 *
 * Packages stay external when they are native (better-sqlite3, hnswlib-node), load only when
 * configured (Bolt, discord.js, OpenAI, prom-client) or are read with createRequire (gray-matter).
 */
const BUNDLED = new Set(['zod', 'pino', 'stemmer', 'fastest-levenshtein', 'minisearch', '@langchain/core']);

const OUT = path.join(PACKAGE_ROOT, 'dist', 'cli-bundle');
const SRC = path.join(PACKAGE_ROOT, 'src');

const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name));
const commandFiles = readdirSync(path.join(SRC, 'commands'))
  .filter((f) => /-command\.ts$/.test(f))
  .map((f) => path.join(SRC, 'commands', f));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: [path.join(SRC, 'cli.ts'), ...commandFiles],
  outdir: OUT,
  outbase: SRC,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  minify: true,
  sourcemap: 'linked',
  // Bundled CommonJS (pino) calls require() for Node's own modules; an ES module has none of its own.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

const entry = path.join(PACKAGE_ROOT, 'dist', 'cli.js');
writeFileSync(
  entry,
  "#!/usr/bin/env node\n// The CLI, bundled by src/build/bundle-cli.ts.\nimport './cli-bundle/cli.js';\n",
);
rmSync(`${entry}.map`, { force: true });
chmodSync(entry, 0o755);
