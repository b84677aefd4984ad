import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// The whole catalog of the bundled plan, reviewed by eye once; any change to it shows up as a diff.
// Regenerate with UPDATE=1 npx vitest run test/cli/catalog-golden.test.ts and review the diff.
const golden = join(import.meta.dirname, '../golden/catalog.json');

it('catalog --json matches the reviewed golden file', async () => {
  const { stdout } = await runCli(['catalog', '--json']);
  if (process.env['UPDATE'] === '1') writeFileSync(golden, stdout);
  expect(existsSync(golden), 'golden file missing: run with UPDATE=1 and review it').toBe(true);
  expect(stdout).toBe(readFileSync(golden, 'utf8'));
});
