import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/config.js';

/** Every JSON file under src/ is a fitted model's weights, which the built code reads from src/. */
const modelFiles = readdirSync(path.join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => `src/${f.split(path.sep).join('/')}`);

describe('the fitted models the code reads', () => {
  it('are found under src/', () => {
    expect(modelFiles).toEqual(expect.arrayContaining(['src/ranking/background-ranker.json']));
  });

  it.each(modelFiles)('%s is copied into the container image', (file) => {
    const copies = readFileSync(path.join(PACKAGE_ROOT, 'Dockerfile'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('COPY '));
    expect(copies.some((l) => l.split(/\s+/).includes(file))).toBe(true);
  });
});
