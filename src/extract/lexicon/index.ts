// The lexicon: the vocabularies every stage of the extractor reads (calendar words, event
// nouns, grammar words, numbers, offices, international
// bodies, states and their names, tense cues) and the one helper that turns a vocabulary into a pattern.
export * from './calendar.ts';
export * from './events.ts';
export * from './grammar.ts';
export * from './numbers.ts';
export * from './offices.ts';
export * from './organisations.ts';
export * from './pattern.ts';
export * from './states.ts';
export * from './tense.ts';
