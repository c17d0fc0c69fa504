import { describe, expect, it } from 'vitest';
import { makeFact } from '../../testing/fixtures/deck/facts.ts';
import { eventQuestion, eventText } from './plain-card.ts';

const event = (clause: string, actors: string[] = [], parties: string[] = [], date = '1961') =>
  eventText({ ...makeFact({ clause, actors }), date }, parties);

describe('eventText', () => {
  it('drops the date, the link to the sentence before and the courtesy title', () => {
    expect(event('Furthermore, the then Foreign Minister Mr. Tomas Varga visited Ruritania in 1961.')).toBe(
      'Foreign Minister Tomas Varga visited Ruritania',
    );
    expect(event('On the trade front, Borduria opened a consulate in Varna on 4-5 May 1961.')).toBe(
      'Borduria opened a consulate in Varna',
    );
  });

  it('names "the two countries" by the article’s two states, or by the two the fact names', () => {
    expect(event('In 1961, the two countries signed a river accord.', [], ['Ruritania', 'Borduria'])).toBe(
      'Ruritania and Borduria signed a river accord',
    );
    expect(event('In 1961, the two countries signed a river accord.')).toBeNull();
  });

  it('keeps of a two-sentence clause the sentence with the fact’s year', () => {
    expect(event('Ties grew warm in the 1950s. In 1961, Borduria gave Ruritania two ferries.')).toBe(
      'Borduria gave Ruritania two ferries',
    );
  });

  it('gives nothing for a pronoun it cannot name, a fragment or a bare office', () => {
    expect(event('He visited Varna in 1961.', ['Ruritania'])).toBeNull();
    expect(event('He visited Varna in 1961.', ['Prime Minister Elena Kossuth'])).toBe(
      'Elena Kossuth visited Varna',
    );
    expect(event('then spent several days in Varna in 1961')).toBeNull();
    expect(event('What many forget is the 1961 accord.')).toBeNull();
    expect(event('PM visited Varna for nine days in 1961.')).toBeNull();
    expect(event('After the collapse of the old kingdom in 1961')).toBe('The collapse of the old kingdom');
  });
});

describe('eventQuestion', () => {
  it('turns a simple past or a past passive into a question at the date’s precision', () => {
    const year = { value: '1961', precision: 'year' } as const;
    expect(eventQuestion('Borduria gave Ruritania two ferries', year)).toBe(
      'In which year did Borduria give Ruritania two ferries?',
    );
    expect(eventQuestion('The Harbour Accord was signed in Varna', year)).toBe(
      'In which year was the Harbour Accord signed in Varna?',
    );
    // A second deed after "and" is another event: the question stops before it.
    expect(eventQuestion('Borduria opened a consulate and signed a trade pact', year)).toBe(
      'In which year did Borduria open a consulate?',
    );
    expect(eventQuestion('The collapse of the old kingdom', year)).toBeNull();
  });
});

describe('eventText on clauses cut from their sentence', () => {
  it('keeps an office with its state, and a time clause’s own event', () => {
    expect(event('Furthermore, the then President of Ruritania Mr. Ivo Hollo visited Varna in 1961.')).toBe(
      'President of Ruritania Ivo Hollo visited Varna',
    );
    expect(event('when Borduria opened its first consulate in 1961')).toBe(
      'Borduria opened its first consulate',
    );
  });
});
