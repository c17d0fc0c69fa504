// Recognises web-page junk around an article: menus, share and comment widgets, cookie banners,
// page dates and footers. Pure string tests, no offsets.

/** Lines after which the rest of the page is comments, related posts or banners. */
const TERMINATORS = [
  /^leave a (reply|comment)\b/i,
  /^(post|add) (a )?comments?\b/i,
  /^\d+ of \d+ characters used/i,
  /^(recent|related|popular|latest) (posts|stories|articles|news)\b/i,
  /^you (may|might) also like\b/i,
  /^this website uses cookies\b/i,
  /^about (the )?(author|writer)\b/i,
  /^source\s*:?\s*$/i,
  /^about the\b.{0,40}$/i,
  /^\d+ comments?\b/i,
  // A comment's header: "Ali Raza says:"
  /^[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s+(?:says|said|wrote):?$/iu,
];

const JUNK_LINES = [
  /^(share|tweet|print|email|comments?|reply|menu|home|search|advertisement|skip to \w+)\b.{0,20}$/i,
  /^(updated|published|posted|last updated)( on)?\b/i,
  /\b\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$/i,
  /\ball rights reserved\b/i,
  /\b(cookies?|privacy policy|subscribe|newsletter)\b/i,
  /^the writer is\b/i,
  /^your email address will not be published/i,
  /\b\d{1,2}:\d{2}\s*(?:am|pm)\b/i,
  // A related post's excerpt, cut off mid-sentence.
  /(?:…|\.\.\.)$/,
];

/** True when the line starts the page's tail (comments, related posts...): stop reading there. */
export function isTerminator(line: string): boolean {
  const t = line.trim();
  return TERMINATORS.some((re) => re.test(t));
}

/** True when the line is page furniture rather than article text. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (JUNK_LINES.some((re) => re.test(t))) return true;
  // "Home | World | Opinion": a menu bar.
  if (t.split(/\s[|•·]\s/).length >= 4) return true;
  // A long run of glued words ("ArtsAutosBooks...") is a menu.
  return t.split(/\s+/).some((token) => /^(?:[A-Z][a-z]+){4,}$/.test(token));
}

/**
 * True when a block is a heading, caption or footer line rather than prose: one short line that
 * does not end like a sentence.
 */
export function isHeadingLike(block: string): boolean {
  const t = block.trim();
  if (t.includes('\n')) return false;
  if (/[.!?…:;"”’)]$/.test(t)) return false;
  return t.split(/\s+/).length <= 14;
}
