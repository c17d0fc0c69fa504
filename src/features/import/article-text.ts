// Checks what a person pastes or picks before facts are looked for: that there is text, that it is not
// too long, and that a file is UTF-8 text at all. Each problem comes back as a sentence to show.
import { MAX_ARTICLE_CHARS, MAX_NAME_CHARS, withoutInvisible } from '../../domain/imported-deck.ts';

export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

const LIMIT = MAX_ARTICLE_CHARS.toLocaleString('en');
/** A file this many bytes long holds more than the limit's characters whatever its script. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARS * 4;

/** The text with a byte-order mark dropped, every line ending made "\n", and HTML turned into its text. */
export function normaliseText(text: string): string {
  const plain = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return looksLikeHtml(plain) ? htmlToText(plain) : plain;
}

const HTML_TAG =
  /<\/?(?:html|head|body|p|div|br|span|script|style|a|h[1-6]|li|ul|ol|table|tr|td|th|b|i|em|strong|article|section|header|footer|img|iframe|meta|link|blockquote|pre|font)\b[^>]*>/i;

/** Whether text holds HTML markup (a tag of an element pages are made of). */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, math, head, button, select';
const BLOCKS =
  'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, article, section, header, footer, table, tr, ul, ol, dl, dt, dd, figure, figcaption, hr';

/**
 * The text of an HTML page or fragment: scripts, styles and other non-text parts dropped, each block
 * (paragraph, heading, list item…) a paragraph of its own, line breaks kept. Parsed into an inert
 * document, so nothing in it runs or loads.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(DROPPED)) el.remove();
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
  for (const el of doc.querySelectorAll(BLOCKS)) {
    el.before('\n\n');
    el.after('\n\n');
  }
  const text = doc.body?.textContent ?? '';
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ONLY_MARKUP = 'The pasted text is only HTML markup, with no words to read. Paste the article’s words.';

function tooLong(what: string, length: number): string {
  return `${what} is ${length.toLocaleString('en')} characters long; the limit is ${LIMIT} for one article. Split it into parts and add each on its own.`;
}

/** Checks the text pasted in the box. */
export function checkPasted(raw: string): TextCheck {
  if (raw === '') return { ok: false, message: 'Paste an article into the box, or choose a .txt file.' };
  if (raw.trim() === '') {
    return {
      ok: false,
      message: 'The box holds only spaces and blank lines. Paste an article, or choose a .txt file.',
    };
  }
  if (raw.length > MAX_ARTICLE_CHARS)
    return { ok: false, message: tooLong('The pasted article', raw.length) };
  const text = normaliseText(raw);
  if (text.trim() === '') return { ok: false, message: ONLY_MARKUP };
  return { ok: true, text };
}

/** Control characters that plain text does not hold (tab, line feed, form feed and carriage return aside). */
function isControl(code: number): boolean {
  return (code >= 1 && code <= 8) || code === 11 || (code >= 14 && code <= 31) || code === 127;
}

function withoutControls(text: string): { text: string; removed: number } {
  let removed = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) removed++;
  if (removed === 0) return { text, removed };
  return { text: [...text].filter((ch) => !isControl(ch.charCodeAt(0))).join(''), removed };
}

/** Reads a picked file as an article: UTF-8 plain text, not empty, within the limit. Never throws. */
export async function readTextFile(file: File): Promise<TextCheck> {
  const name = `“${file.name}”`;
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `${name} is too large (${mb} MB); the limit is ${LIMIT} characters.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${name} could not be read. Choose it again.` };
  }
  const notText = `${name} is not a text file. Choose a plain-text (.txt) file saved as UTF-8.`;
  if (bytes.includes(0)) return { ok: false, message: notText };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text. Save it as UTF-8 plain text (most editors offer this) and choose it again.`,
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      ok: false,
      message: `${name} holds characters that could not be read (shown as �). Save it as UTF-8 plain text and choose it again.`,
    };
  }
  // A stray control character or two is noise from some editor; many mean the file is not text.
  const cleaned = withoutControls(text);
  if (cleaned.removed > Math.max(8, text.length / 1000)) return { ok: false, message: notText };
  text = cleaned.text;
  if (text.trim() === '') return { ok: false, message: `${name} is empty.` };
  if (text.length > MAX_ARTICLE_CHARS) return { ok: false, message: tooLong(name, text.length) };
  const plain = normaliseText(text);
  if (plain.trim() === '')
    return { ok: false, message: `${name} holds only HTML markup, with no words to read.` };
  return { ok: true, text: plain };
}

function shorten(line: string): string {
  if (line.length <= MAX_NAME_CHARS) return line;
  const cut = line.slice(0, MAX_NAME_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_NAME_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The title an article gets when the person gives none: its first line that holds text. */
export function defaultTitle(text: string): string {
  const line = withoutInvisible(text.split('\n').find((l) => withoutInvisible(l).trim() !== '') ?? '');
  return shorten(line.replace(/\s+/g, ' ').trim()) || 'Untitled article';
}

/** The title typed for an article, tidied; its first line when none was typed. */
export function articleTitle(typed: string, text: string): string {
  return shorten(withoutInvisible(typed).replace(/\s+/g, ' ').trim()) || defaultTitle(text);
}

/** A file's title: its name without the extension. */
export function titleOfFile(fileName: string): string {
  return (
    shorten(
      withoutInvisible(fileName)
        .replace(/\.[^.]+$/, '')
        .trim(),
    ) || withoutInvisible(fileName)
  );
}
