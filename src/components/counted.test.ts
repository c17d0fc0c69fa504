import { describe, expect, it } from 'vitest';
import { counted } from './counted.ts';

describe('counted', () => {
  it('puts the right noun after a number, with thousands marked', () => {
    expect(counted(1, 'card', 'cards')).toBe('1 card');
    expect(counted(0, 'card', 'cards')).toBe('0 cards');
    expect(counted(1204, 'character', 'characters')).toBe('1,204 characters');
  });
});
