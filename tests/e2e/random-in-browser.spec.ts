import { expect, test } from '@playwright/test';
import { buildSync } from 'esbuild';
import * as nodeRandom from '../../src/domain/random';
import { deriveTeamSeed } from '../../src/domain/random';
import type * as RandomModule from '../../src/domain/random';

type WithRandom = { CrmRandom: typeof RandomModule };

/**
 * The same seed must give the same numbers in Node (tests, command-line
 * re-scoring) and in the browser (the team's screen): otherwise a team would
 * see data that the grader's key was not computed from. This runs the domain's
 * random module inside Chromium and compares with Node.
 */
const bundle = buildSync({
  entryPoints: ['src/domain/random/index.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'CrmRandom',
  write: false,
}).outputFiles[0]!.text;

/** The draws compared; run once with Node's module and once, as source text, with the browser's. */
function sample(module: typeof RandomModule, seed: string) {
  const random = module.createRandom(seed);
  return {
    floats: Array.from({ length: 50 }, () => random.next()),
    ints: Array.from({ length: 50 }, () => random.int(-1000, 1000)),
    normals: Array.from({ length: 20 }, () => random.normal(100, 15)),
    shuffled: random.shuffle(Array.from({ length: 30 }, (_, i) => i)),
    forked: random.fork('sp05-transactions').next(),
  };
}

test('the seeded generator gives identical sequences in Chromium and in Node', async ({ page }) => {
  await page.goto('/');
  await page.addScriptTag({ content: bundle });
  const seeds = [
    'car-market|K7Q2-9XPM|team-1',
    '纺织|班级|第三组',
    deriveTeamSeed('securities-firm', 'ABCD-EFGH', 'team-12'),
  ];
  for (const seed of seeds) {
    const inBrowser = await page.evaluate(
      ({ source, value }) => new Function(`return ${source}`)()((window as unknown as WithRandom).CrmRandom, value),
      { source: sample.toString(), value: seed },
    );
    expect(inBrowser).toEqual(sample(nodeRandom, seed));
  }
  const browserTeamSeed = await page.evaluate(() =>
    (window as unknown as WithRandom).CrmRandom.deriveTeamSeed('car-market', 'K7Q2-9XPM', 'team-3'),
  );
  expect(browserTeamSeed).toBe(deriveTeamSeed('car-market', 'K7Q2-9XPM', 'team-3'));
});
