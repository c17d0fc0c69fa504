import { describe, expect, it } from 'vitest';
import { chooseDeck } from './choose-deck.ts';
import type { EraFile } from './eras.ts';

const RURITANIA: EraFile = {
  id: 'ruritania',
  title: 'Ruritania',
  description: 'Test.',
  keywords: ['ruritania', 'ruritanian'],
  eras: [{ id: 'all', name: 'All', from: null, to: null, blurb: '' }],
};

describe('chooseDeck', () => {
  it('picks the era file whose keywords are frequent enough', () => {
    const texts = new Map([['a.txt', 'Ruritania signed a treaty. The Ruritanian court agreed.']]);
    expect(chooseDeck([RURITANIA], texts, []).id).toBe('ruritania');
  });

  it('names a generic deck after the two countries most named, when no era file fits', () => {
    const texts = new Map([
      ['a.txt', `${'Pakistan and China built a road. '.repeat(20)}Ruritania was not there.`],
    ]);
    const actors = [['Pakistan', 'China'], ['China', 'Pakistan'], ['Pakistan']];
    const deck = chooseDeck([RURITANIA], texts, actors);
    expect(deck).toMatchObject({ id: 'pakistan-china', title: 'Pakistan–China relations', eraFile: null });
  });
});
