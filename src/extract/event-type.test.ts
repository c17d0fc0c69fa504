import { describe, expect, it } from 'vitest';
import { eventType } from './event-type.ts';

describe('eventType', () => {
  it.each([
    ['The foreign minister visited Beijing for three days.', 'visit'],
    ['Both sides signed a friendship treaty.', 'agreement'],
    ['The two armies held a joint exercise near the border.', 'military'],
    ['A new trade and investment package was launched for the steel sector.', 'economic'],
    ['Pakistan joined the regional organisation as a full member.', 'organization'],
    ['The president announced that talks would resume.', 'statement'],
    ['Diplomatic relations were set up between the two states.', 'relations'],
    ['The leader died after a long illness.', 'other'],
  ] as const)('%s → %s', (text, type) => {
    expect(eventType(text)).toBe(type);
  });

  it('does not call an invitation received a statement', () => {
    expect(eventType('The general was invited by Beijing for a visit.')).toBe('visit');
  });

  it('lets an earlier event outweigh a later "said"', () => {
    expect(eventType('Moscow lifted its arms embargo and said it would talk.')).toBe('military');
  });
});

describe('eventType for envoys', () => {
  it('calls an envoy arriving at a post relations, and a leader arriving a visit', () => {
    expect(eventType('his Soviet counterpart arrived in Karachi')).toBe('relations');
    expect(eventType('the new ambassador presented credentials in Varna')).toBe('relations');
    expect(eventType('President Hollo arrived in Varna')).toBe('visit');
  });
});

describe('eventType for news of other kinds', () => {
  it('reads violence, courts, entries into pacts, talks and answers to offers', () => {
    expect(eventType('a bus carrying workers to the dam site was bombed')).toBe('military');
    expect(eventType('the court of arbitration gave its final award')).toBe('other');
    expect(eventType('Ruritania’s entry into the pact')).toBe('organization');
    expect(eventType('engineers from both sides sat down together in Varna')).toBe('relations');
    expect(eventType('Borduria accepted the proposal')).toBe('statement');
  });
});
