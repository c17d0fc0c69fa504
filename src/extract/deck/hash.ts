// Short, stable content hashes for ids and deck versions (pure, no crypto module needed).

/** 64-bit FNV-1a over the UTF-16 code units of `text`, as 16 lowercase hex digits. */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** A short id: `prefix` + the first `length` hex digits of the text's hash (default 10). */
export function shortId(prefix: string, text: string, length = 10): string {
  return `${prefix}${hash64(text).slice(0, length)}`;
}

/** A deterministic number in [0, 1) drawn from a seed string; used to pick distractors. */
export function seededUnit(seed: string): number {
  // FNV mixes a string's last characters weakly into the top bits; hashing twice spreads them.
  return Number.parseInt(hash64(`${hash64(seed)}${seed}`).slice(0, 8), 16) / 0x100000000;
}
