import { describe, expect, it } from 'vitest';
import { parseRetention, parseSteps, parseWhole } from './settings-fields.ts';

describe('settings fields', () => {
  it('accepts whole numbers in range only', () => {
    expect(parseWhole(' 20 ', 0, 100)).toEqual({ ok: true, value: 20 });
    expect(parseWhole('2.5', 0, 100).ok).toBe(false);
    expect(parseWhole('-1', 0, 100).ok).toBe(false);
    expect(parseWhole('101', 0, 100).ok).toBe(false);
    expect(parseWhole('', 0, 100).ok).toBe(false);
  });

  it('reads retention as a percentage', () => {
    expect(parseRetention('90')).toEqual({ ok: true, value: 0.9 });
    expect(parseRetention('85%')).toEqual({ ok: true, value: 0.85 });
    expect(parseRetention('100').ok).toBe(false);
    expect(parseRetention('0.9').ok).toBe(false);
  });

  it('reads learning steps', () => {
    expect(parseSteps('1m 10m', false)).toEqual({ ok: true, value: ['1m', '10m'] });
    expect(parseSteps('1m, 1h, 1d', false)).toEqual({ ok: true, value: ['1m', '1h', '1d'] });
    expect(parseSteps('', true)).toEqual({ ok: true, value: [] });
    expect(parseSteps('', false).ok).toBe(false);
    expect(parseSteps('0m', false).ok).toBe(false);
    const bad = parseSteps('10 minutes', false);
    expect(bad.ok ? '' : bad.message).toMatch(/not a step/);
  });
});
