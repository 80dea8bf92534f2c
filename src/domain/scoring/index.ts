export * from './criterion';
export { compareSets, type SetComparison } from './sets';
export { compareRankings, type RankComparison } from './ranking';
export { compareWithTolerance, toleranceCredit, type Tolerance, type ToleranceComparison } from './tolerance';
export { matchPairs, type MatchingResult, type MatchMistake } from './matching';
export { trimmedPeerScore, PEER_SCORE_MAX, PEER_SCORE_MIN, type PeerScoreResult } from './peer';
