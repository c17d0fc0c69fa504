// One table-driven test runs the examples of every date rule: each positive example must give a
// mention made by its rule with the value it names; each negative example must give no mention
// over the negative rule's match.
import { describe, expect, it } from 'vitest';
import { readDates } from './index.ts';
import { CHRONO_RULE, DATE_RULES, EXAMPLE_DOCUMENT_DATE, NEGATIVE_RULES } from './rules.ts';
import { compilePattern } from './slots.ts';

const positive = [...DATE_RULES, CHRONO_RULE].flatMap((rule) =>
  rule.examples.map((example) => ({ id: rule.id, ...example })),
);

describe('date rules', () => {
  it.each(positive)('$id: "$text" → $value', ({ id, text, value }) => {
    const { mentions } = readDates(text, { documentDate: EXAMPLE_DOCUMENT_DATE });
    const found = mentions.map((m) => `${m.rule} ${m.timeml} "${text.slice(m.start, m.end)}"`);
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^${id} ${value.replace(/[/]/g, '\\/')} `)),
    );
  });

  const negative = NEGATIVE_RULES.flatMap((rule) =>
    rule.examples.map((text) => ({ id: rule.id, rule, text })),
  );
  it.each(negative)('negative $id: "$text" gives no date there', ({ rule, text }) => {
    const re = compilePattern(rule.pattern, rule.caseSensitive);
    const m = re.exec(text);
    expect(m, 'the negative rule matches its own example').not.toBeNull();
    const [a, b] = [m?.index ?? 0, (m?.index ?? 0) + (m?.[0].length ?? 0)];
    const { mentions } = readDates(text, { documentDate: EXAMPLE_DOCUMENT_DATE });
    expect(mentions.filter((x) => x.start < b && x.end > a)).toEqual([]);
  });

  it('gives every rule an id of its own, a reason and at least one example', () => {
    const all = [...DATE_RULES, CHRONO_RULE, ...NEGATIVE_RULES];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(r.reason.length, r.id).toBeGreaterThan(10);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });
});
