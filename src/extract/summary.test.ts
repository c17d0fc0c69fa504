import { describe, expect, it } from 'vitest';
import { summarise } from './summary.ts';

describe('summarise', () => {
  it('writes one sentence from the fact fields', () => {
    expect(summarise('visit', ['Premier Zhou Enlai'], 'Karachi', null, '1964')).toBe(
      'Premier Zhou Enlai made a visit to Karachi (1964).',
    );
    expect(summarise('agreement', ['Pakistan', 'China'], null, 'a boundary agreement', '1963-03')).toBe(
      'Pakistan and China concluded a boundary agreement (1963-03).',
    );
    expect(summarise('other', [], null, null, '1947')).toBe('An event (1947).');
  });
});
