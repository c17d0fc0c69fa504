import { describe, expect, it } from 'vitest';
import { namesIn } from './actors.ts';

describe('namesIn', () => {
  it('names people with the role the text puts before them, countries and organisations', () => {
    const { actors } = namesIn('In 1965, President Ayub Khan of Pakistan met leaders of the SCO in Beijing.');
    expect(actors).toContain('Pakistan');
    expect(actors).toContain('SCO');
    expect(actors.some((a) => a === 'President Ayub Khan')).toBe(true);
  });

  it('reads any office and any nationality from the lexicon before a name', () => {
    const { actors } = namesIn(
      'In 1960, Ruritanian Prime Minister Tomas Verhoff met Vice Admiral Anil Perera in Colombo.',
    );
    expect(actors).toContain('Prime Minister Tomas Verhoff');
    expect(actors).toContain('Vice Admiral Anil Perera');
    const jordan = namesIn('In 1971, Jordanian Foreign Minister Omar Haddad visited Karachi.').actors;
    expect(jordan).toContain('Jordanian Foreign Minister Omar Haddad');
    const late = namesIn('In 1994, the late Prime Minister Benazir Bhutto visited Ashgabat.').actors;
    expect(late).toContain('Prime Minister Benazir Bhutto');
    const chain = namesIn(
      'On 2 May 1999, the then Prime Minister Mr. Karim Daud and President Gen. Aslam Beg met.',
    ).actors;
    expect(chain).toContain('then Prime Minister Mr. Karim Daud');
    expect(chain).toContain('President Gen. Aslam Beg');
  });

  it('never gives a bare title as a person', () => {
    const { actors } = namesIn('The first Prime Minister and the President met in Karachi.');
    expect(actors.some((a) => /^(?:first )?(?:Prime|President)$/i.test(a))).toBe(false);
  });

  it('finds the place after "in" when the library does not know it', () => {
    expect(namesIn('A peace conference was held in Murree in 1972.').place).toBe('Murree');
    expect(namesIn('The plan fell in Soviet eyes.').place).toBeNull();
  });

  it('takes a title and the capitalised words after it as a person the library does not know', () => {
    const { actors } = namesIn('Air Marshal Tarek Ozdil’s 2009 trip to Varna went well.');
    expect(actors.some((a) => a.endsWith('Tarek Ozdil'))).toBe(true);
    const once = namesIn('In May 2011, Gen Bahadur Zeb Qasmi visited Borduria.').actors;
    expect(once.filter((a) => a.includes('Bahadur'))).toEqual(['Gen Bahadur Zeb Qasmi']);
  });
});

describe('namesIn with a name the model cuts short', () => {
  it('makes "Henry" whole before a possessive: "Henry Kissinger’s flight"', () => {
    expect(namesIn('That channel produced Henry Kissinger’s secret flight to Beijing.').actors).toEqual([
      'Henry Kissinger',
    ]);
  });
});
