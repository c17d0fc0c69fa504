// A catalogue of backup files the app must refuse, each with what its refusal must name: used by the
// schema's unit tests and by the browser test that checks the database is left byte for byte as it was.
// The records are written in our own words around one small valid backup.

type Json = Record<string, unknown>;

/**
 * One valid format 2 backup: an imported deck with one studied card (edited by its owner), its article
 * and its review, a quiz taken on it and the card sent to the front of Study.
 */
export function validBackup(): Json {
  const content = {
    id: 'imported-sample-notes:c-1',
    kind: 'when',
    facts: ['f-1'],
    era: 'e-1',
    prompt: 'When was the harbour towns’ trade charter signed?',
    answer: '1961',
    explanation: 'The charter opened the first shared market.',
    sources: [{ source: 'a-notes', paragraph: 1, item: null }],
    conflict: null,
  };
  return {
    kind: 'css-recall-backup',
    format: 2,
    exportedAt: '2026-03-02T00:00:00.000Z',
    decks: [
      {
        id: 'imported-sample-notes',
        title: 'Sample notes',
        description: 'Dated facts from articles you imported.',
        version: 'v-1',
        eras: [{ id: 'e-1', name: 'Early', from: null, to: null, blurb: '' }],
        sources: [{ id: 'a-notes', file: 'notes.txt', title: 'Harbour notes', author: null }],
        facts: [],
        origin: 'imported',
        loadedAt: '2026-03-01T09:00:00.000Z',
      },
    ],
    cards: [
      {
        id: 'imported-sample-notes:c-1',
        deckId: 'imported-sample-notes',
        era: 'e-1',
        kind: 'when',
        content,
        conflict: null,
        due: '2026-03-04T10:00:00.000Z',
        stability: 3.2,
        difficulty: 5.5,
        elapsed_days: 0,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        last_review: '2026-03-01T10:00:00.000Z',
        suspended: 0,
        retired: 0,
        edit: {
          fields: { prompt: content.prompt, answer: content.answer, explanation: content.explanation },
          shipped: {
            prompt: 'When did the two harbour towns sign their trade charter?',
            answer: content.answer,
            explanation: content.explanation,
          },
          editedAt: '2026-03-01T11:00:00.000Z',
          deckChanged: false,
        },
      },
    ],
    removedCards: [],
    reviews: [
      {
        cardId: 'imported-sample-notes:c-1',
        deckId: 'imported-sample-notes',
        rating: 4,
        stateBefore: 0,
        state: 2,
        due: '2026-03-04T10:00:00.000Z',
        stability: 3.2,
        difficulty: 5.5,
        scheduledDays: 3,
        learningSteps: 0,
        review: '2026-03-01T10:00:00.000Z',
        durationMs: 5000,
      },
    ],
    settings: [
      { key: 'newPerDay', value: 15 },
      { key: 'learningSteps', value: ['1m', '10m'] },
    ],
    articles: [
      {
        id: 'a-notes',
        title: 'Harbour notes',
        text: 'Harbour notes\n\nIn 1961 the two harbour towns signed a trade charter.',
        addedAt: '2026-03-01T09:00:00.000Z',
        deckId: 'imported-sample-notes',
      },
    ],
    quizResults: [
      {
        takenAt: '2026-03-01T12:00:00.000Z',
        settings: { decks: [], eras: ['e-1'], modes: ['typed'], count: 10, minutes: 5 },
        answers: [
          { cardId: 'imported-sample-notes:c-1', era: 'e-1', mode: 'typed', given: '1960', grade: 'partial' },
        ],
        durationMs: 42_000,
        timedOut: false,
      },
    ],
    studyFirst: [{ cardId: 'imported-sample-notes:c-1', addedAt: '2026-03-01T12:00:01.000Z' }],
    extra: {},
  };
}

/** A card of a format 1 backup (progress only): the valid backup's studied card under `id`. */
export function legacyCard(id: string): Json {
  const {
    deckId: _d,
    era: _e,
    kind: _k,
    content: _c,
    conflict: _x,
    retired: _r,
    edit: _edit,
    ...progress
  } = (validBackup().cards as Json[])[0] as Json;
  return { ...progress, id };
}

export interface BadBackup {
  name: string;
  /** The file's text. */
  text: string;
  /** What the refusal must say. */
  problem: RegExp;
}

/** `validBackup()` changed by `edit`, as text. */
function edited(
  edit: (b: Json & { cards: Json[]; reviews: Json[]; settings: Json[]; articles: Json[] }) => void,
) {
  const b = validBackup() as Json & { cards: Json[]; reviews: Json[]; settings: Json[]; articles: Json[] };
  edit(b);
  return JSON.stringify(b);
}

const card = (b: { cards: Json[] }) => b.cards[0] as Json;
const review = (b: { reviews: Json[] }) => b.reviews[0] as Json;
const cardEdit = (b: { cards: Json[] }) => card(b).edit as Json & { fields: Json };
const quiz = (b: Json) => (b.quizResults as Json[])[0] as Json & { answers: Json[]; settings: Json };

export const BAD_BACKUPS: readonly BadBackup[] = [
  { name: 'an empty file', text: '', problem: /not JSON/ },
  { name: 'plain text', text: 'my progress, as I remember it', problem: /not JSON/ },
  { name: 'JSON cut off half-way', text: JSON.stringify(validBackup()).slice(0, 300), problem: /not JSON/ },
  { name: 'a JSON list', text: '[1, 2, 3]', problem: /not a CSS Recall backup/ },
  {
    name: 'a deck file, not a backup',
    text: '{"format":1,"id":"x","cards":[]}',
    problem: /not a CSS Recall backup/,
  },
  {
    name: 'a newer format',
    text: edited((b) => {
      b.format = 3;
    }),
    problem: /newer version of CSS Recall.*Update the app first/,
  },
  {
    name: 'the format as a string',
    text: edited((b) => {
      b.format = '2';
    }),
    problem: /format is missing or unknown/,
  },
  {
    name: 'a due date that is no date',
    text: edited((b) => {
      card(b).due = 'next Tuesday';
    }),
    problem: /card 1, due must be a date/,
  },
  {
    name: 'a due date in the year 9999',
    text: edited((b) => {
      card(b).due = '9999-01-01T00:00:00.000Z';
    }),
    problem: /card 1, due must be a real date between 1970 and 2200/,
  },
  {
    name: 'a negative stability',
    text: edited((b) => {
      card(b).stability = -4;
    }),
    problem: /card 1, stability must not be negative/,
  },
  {
    name: 'an infinite stability (1e999)',
    text: JSON.stringify(validBackup()).replace('"stability":3.2', '"stability":1e999'),
    problem: /card 1, stability must be a finite number/,
  },
  {
    name: 'a studied card with no stability',
    text: edited((b) => {
      card(b).stability = 0;
    }),
    problem: /a studied card must have a positive stability/,
  },
  {
    name: 'a difficulty above 10',
    text: edited((b) => {
      card(b).difficulty = 11;
    }),
    problem: /card 1, difficulty must be from 0 to 10/,
  },
  {
    name: 'an interval of 300 years',
    text: edited((b) => {
      card(b).scheduled_days = 109_500;
    }),
    problem: /card 1, scheduled_days must be at most 36500 days/,
  },
  {
    name: 'a fractional repetition count',
    text: edited((b) => {
      card(b).reps = 1.5;
    }),
    problem: /card 1, reps must be a whole number/,
  },
  {
    name: 'an unknown card state',
    text: edited((b) => {
      card(b).state = 7;
    }),
    problem: /card 1, state must be a card state/,
  },
  {
    name: 'suspended as true instead of 1',
    text: edited((b) => {
      card(b).suspended = true;
    }),
    problem: /card 1, suspended must be 0 or 1/,
  },
  {
    name: 'a field the app does not know',
    text: edited((b) => {
      card(b).secretly = 'extra';
    }),
    problem: /card 1, secretly is not a field this app knows/,
  },
  {
    name: 'the same card twice',
    text: edited((b) => {
      b.cards.push({ ...card(b) });
    }),
    problem: /card “imported-sample-notes:c-1” is in the file twice/,
  },
  {
    name: 'a card of an imported deck the file lacks',
    text: edited((b) => {
      const c = card(b);
      b.cards.push({ ...c, id: 'imported-elsewhere:c-1', deckId: 'imported-elsewhere' });
    }),
    problem: /belongs to the imported deck “imported-elsewhere”, which the file does not have/,
  },
  {
    name: 'a card id without its deck',
    text: edited((b) => {
      card(b).id = 'c-1';
      review(b).cardId = 'c-1';
    }),
    problem: /does not carry its deck’s id/,
  },
  {
    name: 'a review of a card the file does not have',
    text: edited((b) => {
      review(b).cardId = 'imported-sample-notes:c-404';
    }),
    problem: /review 1 is of the card “imported-sample-notes:c-404”, which the file does not have/,
  },
  {
    name: 'a rating of 5',
    text: edited((b) => {
      review(b).rating = 5;
    }),
    problem: /review 1, rating must be a rating/,
  },
  {
    name: 'the same review twice',
    text: edited((b) => {
      b.reviews.push({ ...review(b) });
    }),
    problem: /review of “imported-sample-notes:c-1” at one moment is in the file twice/,
  },
  {
    name: 'a review on an invalid date',
    text: edited((b) => {
      review(b).review = '2026-13-45T99:00:00.000Z';
    }),
    problem: /review 1, review must be a date/,
  },
  {
    name: 'a "__proto__" setting',
    text: JSON.stringify(validBackup()).replace('"key":"newPerDay"', '"key":"__proto__"'),
    problem: /setting 1 \(“__proto__”\) is not a setting this app has/,
  },
  {
    name: 'learning steps as one string',
    text: edited((b) => {
      (b.settings[1] as Json).value = '1m 10m';
    }),
    problem: /the setting learning steps must be a list of steps/,
  },
  {
    name: 'a desired retention of 2',
    text: edited((b) => {
      b.settings.push({ key: 'desiredRetention', value: 2 });
    }),
    problem: /the setting desired retention must be at most 0.99/,
  },
  {
    name: 'a setting given twice',
    text: edited((b) => {
      b.settings.push({ key: 'newPerDay', value: 16 });
    }),
    problem: /the setting new cards a day is given twice/,
  },
  {
    name: 'a 300,000-character setting',
    text: edited((b) => {
      b.settings.push({ key: 'theme', value: 'd'.repeat(300_000) });
    }),
    problem: /a text at setting 3, value is longer than 200,000 characters/,
  },
  {
    name: 'nesting 5,000 levels deep',
    text: `{"kind":"css-recall-backup","format":2,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    problem: /nested 5001 levels deep/,
  },
  {
    name: 'an article with no text',
    text: edited((b) => {
      (b.articles[0] as Json).text = '';
    }),
    problem: /article 1, text must not be empty/,
  },
  {
    name: 'an article of a deck the file lacks',
    text: edited((b) => {
      (b.articles[0] as Json).deckId = 'imported-gone';
    }),
    problem: /article 1 \(“Harbour notes”\) belongs to the deck “imported-gone”/,
  },
  {
    name: 'no export date',
    text: edited((b) => {
      delete b.exportedAt;
    }),
    problem: /exportedAt is missing/,
  },
  {
    name: 'cards that are not a list',
    text: edited((b) => {
      (b as Json).cards = { first: 1 };
    }),
    problem: /cards must be a list/,
  },
  {
    name: 'an edit whose text is not the card’s',
    text: edited((b) => {
      cardEdit(b).fields.prompt = 'A question the card does not show';
    }),
    problem: /card 1: an edited card’s text must be its edit’s/,
  },
  {
    name: 'an edit with a blank answer',
    text: edited((b) => {
      cardEdit(b).fields.answer = '   ';
      (card(b).content as Json).answer = '   ';
    }),
    problem: /card 1, edit, fields must be an edit the app can save/,
  },
  {
    name: 'an edit with three options',
    text: edited((b) => {
      cardEdit(b).fields.choices = ['1959', '1961', '1963'];
    }),
    problem: /card 1, edit, fields, choices must be four options/,
  },
  {
    name: 'an edit dated in no year',
    text: edited((b) => {
      cardEdit(b).editedAt = 'yesterday';
    }),
    problem: /card 1, edit, editedAt must be a date/,
  },
  {
    name: 'a quiz answer graded "excellent"',
    text: edited((b) => {
      (quiz(b).answers[0] as Json).grade = 'excellent';
    }),
    problem: /quiz result 1, answers, item 1, grade must be right, partial or wrong/,
  },
  {
    name: 'a quiz of no questions',
    text: edited((b) => {
      quiz(b).settings.count = 0;
    }),
    problem: /quiz result 1, settings, count must be at least 1/,
  },
  {
    name: 'a quiz result with a field the app does not know',
    text: edited((b) => {
      quiz(b).score = 100;
    }),
    problem: /quiz result 1, score is not a field this app knows/,
  },
  {
    name: 'the same quiz twice',
    text: edited((b) => {
      (b.quizResults as Json[]).push({ ...quiz(b) });
    }),
    problem: /two quiz results were taken at the same moment/,
  },
  {
    name: 'a card sent to Study that the file does not have',
    text: edited((b) => {
      ((b.studyFirst as Json[])[0] as Json).cardId = 'imported-sample-notes:c-404';
    }),
    problem: /card sent to Study 1 is the card “imported-sample-notes:c-404”, which the file does not have/,
  },
  {
    name: 'quiz results in the extra tables',
    text: edited((b) => {
      b.extra = { quizResults: [] };
    }),
    problem: /the extra table “quizResults” has the name of one of the app’s own tables/,
  },
  {
    name: 'a format 1 file with an invalid date',
    text: JSON.stringify({
      kind: 'css-recall-backup',
      format: 1,
      exportedAt: '2026-03-02T00:00:00.000Z',
      cards: [{ ...legacyCard('c-1'), due: 'Invalid Date' }],
      reviews: [],
      settings: [],
    }),
    problem: /card 1, due must be a date/,
  },
];
