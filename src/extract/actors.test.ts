import { describe, expect, it } from 'vitest';
import { namesIn } from './actors.ts';

describe('namesIn', () => {
  it('names people with the role the text puts before them, countries and organisations', () => {
    const { actors } = namesIn('In 1965, President Ayub Khan of Pakistan met leaders of the SCO in Beijing.');
    expect(actors).toContain('Pakistan');
    expect(actors).toContain('SCO');
    expect(actors.some((a) => a === 'President Ayub Khan')).toBe(true);
  });

  it('never gives a bare title as a person', () => {
    const { actors } = namesIn('The first Prime Minister and the President met in Karachi.');
    expect(actors.some((a) => /^(?:first )?(?:Prime|President)$/i.test(a))).toBe(false);
  });

  it('finds the place after "in" when the library does not know it', () => {
    expect(namesIn('A peace conference was held in Murree in 1972.').place).toBe('Murree');
    expect(namesIn('The plan fell in Soviet eyes.').place).toBeNull();
  });
});
