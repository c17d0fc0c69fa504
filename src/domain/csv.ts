// CSV text (RFC 4180): fields quoted where needed, and a field that a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field as CSV: quoted when it holds a comma, quote or line break; formula starts made inert. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text, lines ending "\r\n" as RFC 4180 has them. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
