export { createRandom, type Random } from './random';
export { deriveTeamSeed, formatClassSeed } from './seeds';
export { hashString } from './prng';
