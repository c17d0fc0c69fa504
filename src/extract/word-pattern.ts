// Turns a vocabulary (a list of words or short patterns) into one case-insensitive regular
// expression matching any of them as whole words, as chrono-node's matchAnyPattern does.

/** A pattern matching any entry of `words` between word boundaries, ignoring case. */
export function wordPattern(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
}
