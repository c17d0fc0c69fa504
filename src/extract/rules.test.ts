// Every rule table of the extractor, run on its own examples: a rule's examples are its tests.
import { describe, expect, it } from 'vitest';
import { eventType, TYPE_CUES, TYPE_EXAMPLES, typeCue } from './event-type.ts';
import { KEEP_RULES } from './keep-rules.ts';
import { DATELINE_EXAMPLES, datelineOf, LAYOUT_RULES, layOut } from './layout.ts';

describe('layout rules', () => {
  const cases = LAYOUT_RULES.flatMap((r) => r.examples.map((e) => ({ id: r.id, ...e })));
  it.each(cases)('$id: "$text" is $kind', ({ text, kind }) => {
    const first = LAYOUT_RULES.find((r) => r.test(text.trim()));
    expect(first?.kind).toBe(kind);
  });

  it.each(DATELINE_EXAMPLES)('dateline of "$text"', ({ text, end, date }) => {
    const found = datelineOf(text);
    expect(found ? text.slice(0, found.end) : null).toBe(end);
    expect(found?.dateAt ? text.slice(...found.dateAt) : null).toBe(date);
  });
});

describe('keep rules', () => {
  const cases = KEEP_RULES.flatMap((r) => r.examples.map((e) => ({ rule: r, ...e })));
  it.each(cases)('$rule.id: "$text" dropped: $drop', ({ rule, text, drop, date }) => {
    const head = text.split(/\s+/).slice(0, 8).join(' ');
    // A rule sees the type the clause's words give, as the extractor hands it over.
    const type = eventType(text);
    expect(rule.drops(date ? { text, head, type, date } : { text, head, type })).toBe(drop);
  });

  it('gives every rule a unique id, a reason and examples of both kinds', () => {
    const ids = [...LAYOUT_RULES, ...KEEP_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of KEEP_RULES) {
      expect(r.reason.length).toBeGreaterThan(20);
      expect(r.examples.some((e) => e.drop) && r.examples.some((e) => !e.drop)).toBe(true);
    }
  });
});

describe('layOut', () => {
  it('tells a chronology, a dated report and page furniture apart, with offsets', () => {
    const text = 'Border talks\n\n14 May 1962\nThe two sides open talks.\n\nShare on Facebook\n';
    const lines = layOut(text);
    expect(lines.map((l) => l.kind)).toEqual(['heading', 'date-only', 'prose', 'furniture']);
    const dated = lines[1];
    expect(dated?.dateAt && text.slice(...dated.dateAt)).toBe('14 May 1962');
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(lines.map((l) => l.text));
  });

  it('joins the lines of a hard-wrapped paragraph into one, keeping offsets', () => {
    const text =
      'Harbour deal\n\nThe two governments signed a harbour agreement in March 2004, and\n' +
      'its ministers met again at the port the following spring to open the\n' +
      '1998 terminal, which had stood unused for years.\nA second paragraph.\n';
    const lines = layOut(text);
    expect(lines.map((l) => [l.kind, l.rule])).toEqual([
      ['heading', 'layout.heading'],
      ['prose', 'layout.wrapped'],
      ['prose', 'layout.prose'],
    ]);
    const joined = lines[1];
    expect(joined?.text).toBe(text.slice(joined?.start, joined?.end).replace(/\n/g, ' '));
    expect(joined?.text.endsWith('unused for years.')).toBe(true);
  });

  it('keeps a list a list and a heading a heading', () => {
    const list =
      '1962 – Talks open at the border\n1963 – A trade agreement is signed\n1965 – A short war breaks out\n';
    expect(layOut(list).map((l) => l.kind)).toEqual(['entry', 'entry', 'entry']);
    const headed = 'A short heading\nThe ministers met in Cairo in 1958 and agreed on a shared canal plan.\n';
    expect(layOut(headed).map((l) => l.kind)).toEqual(['heading', 'prose']);
  });

  it('stops at the page tail', () => {
    expect(layOut('One line of text here.\nLeave a Reply\nA comment.').map((l) => l.kind)).toEqual(['prose']);
  });
});

describe('type cues', () => {
  const cases = [...TYPE_CUES.flatMap((c) => c.examples.map((e) => ({ id: c.id, ...e }))), ...TYPE_EXAMPLES];
  it.each(cases)('$id: "$text" is $type', ({ id, text, type }) => {
    const reading = typeCue(text);
    expect(reading.type).toBe(type);
    expect(reading.rule).toBe(id);
  });
});
