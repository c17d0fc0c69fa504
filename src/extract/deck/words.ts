// Word-level text helpers shared by merging, card writing and the copy guard.

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as into over under after before during ' +
    'since until about between against its it this that these those their his her was were is are be ' +
    'been being has have had did do does which who whom whose what when where while than then there ' +
    'also not no later new both two its they them he she we our after later other another ' +
    'made make took take gave give held hold'
  ).split(' '),
);

/** American spellings news copy mixes with British ones: one event should not split on "defense". */
const US_SPELLING: Record<string, string> = {
  defense: 'defence',
  organization: 'organisation',
  organizations: 'organisations',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  labor: 'labour',
  honor: 'honour',
};

/** Lowercase words with diacritics and punctuation removed ("Ukraine's" → "ukraine", "Mi-35" → "mi-35"). */
export function words(text: string): string[] {
  // Merging and card writing ask for the words of one text again and again.
  const known = wordsCache.get(text);
  if (known) return [...known];
  const out = splitWords(text);
  if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
  wordsCache.set(text, out);
  return [...out];
}

const WORDS_CACHE_MAX = 20_000;
const wordsCache = new Map<string, readonly string[]>();

function splitWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0)
    .map((w) => US_SPELLING[w] ?? w);
}

/** Crude stem so "visits", "visited" and "visiting" meet. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content words of a text, stemmed, without stopwords or bare numbers. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w) && w.length > 1)
    .map(stem);
}

/**
 * A spelling-tolerant key for a name token: first letter plus the consonants after it, so
 * "Kiyani"/"Kayani" and "Parvez"/"Pervaiz" meet. Only used for names, never for ordinary words.
 */
export function nameSkeleton(token: string): string {
  const w = words(token).join('');
  if (w.length === 0) return '';
  return (
    w[0] +
    w
      .slice(1)
      .replace(/[aeiouy-]/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}
