import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes what needs quoting and leaves the rest', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "when"')).toBe('"say ""when"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3.5)).toBe('3.5');
    expect(csvField(null)).toBe('');
  });

  it('makes formula starts inert', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5 days')).toBe("'-5 days");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });
});
