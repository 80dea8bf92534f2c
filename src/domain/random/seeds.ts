import { hashString } from './prng';

/**
 * The seed of one team's data: the same scenario, class seed and team always
 * give the same data; any difference gives unrelated data, so two teams of
 * one class never share numbers.
 * @example deriveTeamSeed('car-market', 'K7Q2-9XPM', 'team-3') // 'car-market:3f9a…'
 */
export function deriveTeamSeed(scenarioId: string, classSeed: string, teamId: string): string {
  // Length-prefixing keeps ('ab','c') and ('a','bc') apart.
  const material = [scenarioId, classSeed, teamId].map((part) => `${part.length}:${part}`).join('|');
  const words = hashString(material);
  return `${scenarioId}:${words.map((word) => word.toString(16).padStart(8, '0')).join('')}`;
}

/** Letters that cannot be mistaken for each other when read aloud or typed from a projector. */
const SEED_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A class seed an instructor can read out and type: 8 characters in two groups.
 * `entropy` supplies uniform floats (crypto in the app, a seeded source in tests).
 * @example formatClassSeed(() => 0.5) // 'SSSS-SSSS'
 */
export function formatClassSeed(entropy: () => number): string {
  let result = '';
  for (let i = 0; i < 8; i += 1) {
    if (i === 4) result += '-';
    result += SEED_ALPHABET[Math.floor(entropy() * SEED_ALPHABET.length)] ?? SEED_ALPHABET[0];
  }
  return result;
}
