// Numbers written as words: cardinals ("twenty-six"), ordinals ("third") and the words that
// spell a year ("nineteen ninety-six").

/** Cardinal number words to their value. "a" and "an" count one ("a year later"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The tens of a spelled number ("twenty" in "twenty-six"). */
export const TENS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 20),
);

/** Ordinal words to their value ("the third day", "March eighth"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** Vague counts, read as the smallest they can mean ("a few years ago" is at least two). */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  'a few': 2,
  'a couple of': 2,
  several: 3,
};

/**
 * The value of a number written in digits or words: "12", "twelve", "twenty-six", "twenty six";
 * NaN when it is neither.
 */
export function numberValue(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  const known = NUMBER_WORDS[t] ?? ORDINAL_WORDS[t] ?? VAGUE_COUNTS[t];
  if (known !== undefined) return known;
  const [tens = '', unit = ''] = t.split(/[\s-]+/);
  const a = TENS[tens];
  const b = NUMBER_WORDS[unit] ?? ORDINAL_WORDS[unit];
  return a !== undefined && b !== undefined && b < 10 ? a + b : Number.NaN;
}
