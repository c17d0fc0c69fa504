// The deck file format (decks/*.deck.json): one schema, used by the generator to validate what it
// writes and by the app to validate what it loads.
import * as v from 'valibot';

export const DECK_FORMAT = 1;

export const PrecisionSchema = v.picklist(['day', 'month', 'year', 'range', 'decade']);
export type Precision = v.InferOutput<typeof PrecisionSchema>;

export const FactTypeSchema = v.picklist([
  'visit',
  'agreement',
  'relations',
  'military',
  'economic',
  'organization',
  'statement',
  'other',
]);
export type FactType = v.InferOutput<typeof FactTypeSchema>;

/** "1966-01-10", "1966-01", "1966", or a range "1954/1958" (each end any of those). */
export const DateValueSchema = v.object({
  value: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/)),
  precision: PrecisionSchema,
});
export type DateValue = v.InferOutput<typeof DateValueSchema>;

export const EraSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.minLength(1)),
  /** First year of the era, inclusive; null for "before ...". */
  from: v.nullable(v.number()),
  /** Last year of the era, inclusive; null for "... onward". */
  to: v.nullable(v.number()),
  blurb: v.string(),
});
export type Era = v.InferOutput<typeof EraSchema>;

export const SourceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  file: v.string(),
  title: v.string(),
  author: v.nullable(v.string()),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** Where in a source a fact stands: paragraph (1-based) and, inside a numbered list, the item. */
export const SourceRefSchema = v.object({
  source: v.string(),
  paragraph: v.number(),
  item: v.nullable(v.number()),
});
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

export const ClaimSchema = v.object({
  source: v.string(),
  value: v.string(),
});

export const ConflictSchema = v.object({
  /** What the sources disagree on. */
  field: v.picklist(['date', 'name', 'length', 'number', 'place']),
  claims: v.pipe(v.array(ClaimSchema), v.minLength(2)),
  /** One plain sentence, e.g. "One source gives 1960, another 1962." */
  note: v.string(),
});
export type Conflict = v.InferOutput<typeof ConflictSchema>;

export const FactSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  date: DateValueSchema,
  era: v.string(),
  type: FactTypeSchema,
  actors: v.array(v.string()),
  place: v.nullable(v.string()),
  object: v.nullable(v.string()),
  summary: v.string(),
  sources: v.pipe(v.array(SourceRefSchema), v.minLength(1)),
  conflict: v.nullable(ConflictSchema),
});
export type Fact = v.InferOutput<typeof FactSchema>;

export const CardKindSchema = v.picklist(['when', 'who', 'what', 'mcq-date', 'order']);
export type CardKind = v.InferOutput<typeof CardKindSchema>;

export const OrderItemSchema = v.object({ label: v.string(), date: v.string(), fact: v.string() });

export const DeckCardSchema = v.object({
  /** Stable: the same fact and kind keep this id when the deck is regenerated. */
  id: v.pipe(v.string(), v.minLength(1)),
  kind: CardKindSchema,
  facts: v.pipe(v.array(v.string()), v.minLength(1)),
  era: v.string(),
  prompt: v.pipe(v.string(), v.minLength(1)),
  answer: v.pipe(v.string(), v.minLength(1)),
  /** One line of context shown with the answer. */
  explanation: v.string(),
  /** mcq-date: four options, one of them `answer`. */
  choices: v.optional(v.array(v.string())),
  /** order: the items in their correct order. */
  order: v.optional(v.array(OrderItemSchema)),
  sources: v.pipe(v.array(SourceRefSchema), v.minLength(1)),
  conflict: v.nullable(ConflictSchema),
});
export type DeckCard = v.InferOutput<typeof DeckCardSchema>;

export const DeckSchema = v.object({
  format: v.literal(DECK_FORMAT),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: v.string(),
  description: v.string(),
  /** Content hash: changes exactly when the deck's content changes. */
  version: v.string(),
  eras: v.array(EraSchema),
  sources: v.array(SourceSchema),
  facts: v.array(FactSchema),
  cards: v.array(DeckCardSchema),
  /**
   * Card ids of earlier versions and the ids those cards have now (old → new), for cards a
   * regeneration had to re-key: the app moves a card's progress and history to its new id.
   */
  aliases: v.optional(v.record(v.string(), v.pipe(v.string(), v.minLength(1)))),
});
export type Deck = v.InferOutput<typeof DeckSchema>;

export type DeckParseResult = { ok: true; deck: Deck } | { ok: false; issues: string[] };

/** Validates unknown JSON as a deck; never throws. Issues name the path of each problem. */
export function parseDeck(input: unknown): DeckParseResult {
  const result = v.safeParse(DeckSchema, input);
  if (result.success) return { ok: true, deck: result.output };
  return {
    ok: false,
    issues: result.issues.slice(0, 20).map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
