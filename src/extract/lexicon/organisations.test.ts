import { describe, expect, it } from 'vitest';
import { namesIn } from '../actors.ts';
import { eventObject } from '../event-object.ts';
import { ORGANISATIONS, organisationNamed } from './organisations.ts';

describe('the international bodies lexicon', () => {
  it('gives each name to one body', () => {
    const names = ORGANISATIONS.flatMap((o) => [o.name, ...(o.other ?? [])].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('names a body by its short name, whatever name the text gives', () => {
    expect(organisationNamed('Shanghai Cooperation  Organization')).toBe('SCO');
    expect(organisationNamed('UN Security Council')).toBe('UNSC');
    expect(organisationNamed('Baghdad Pact')).toBe('Baghdad Pact');
    expect(organisationNamed('Ruritanian League')).toBeNull();
    expect(namesIn('In 1976, the two states joined the Gulf Cooperation Council.').actors).toContain('GCC');
    expect(namesIn('The EU-Pakistan plan was signed in 2019.').actors).toContain('EU');
  });

  it('gives the body joined as an event’s object', () => {
    expect(
      eventObject('In 1950, the kingdom became a member of the Commonwealth of Nations.', 'organization'),
    ).toBe('Commonwealth');
  });
});
