// The deck writer's public API: extracted facts in, a deck (with its review sheet) out, and the era
// files that name a deck. Code outside src/extract imports the deck writer only from here.
export type { DeckBuild, DeckInput, FactOutcome } from './build-deck.ts';
export { buildDeck } from './build-deck.ts';
export { chooseDeck, type DeckIdentity } from './choose-deck.ts';
export { copiedRun, copyIndex, copyWords } from './copy-guard.ts';
export { deckDigest, digestPathOf } from './digest.ts';
export { type EraFile, EraFileSchema } from './eras.ts';
export { hash64 } from './hash.ts';
export { deckReport } from './report.ts';
