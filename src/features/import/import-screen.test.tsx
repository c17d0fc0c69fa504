import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { TURKEY_TIES } from '../../testing/fixtures/extract/turkey-ties.ts';
import { type DeckGenerator, GeneratorError } from './deck-generator.ts';
import type { DraftStorage } from './draft-storage.ts';
import { createGenerate, type GenerateRequest, type GenerateResult } from './generate.ts';
import { ImportStoreContext } from './import-context.ts';
import { ImportScreen } from './import-screen.tsx';
import { createImportStore } from './import-store.ts';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** The worker's work, run here instead of in a worker. */
const realGenerate = createGenerate([]);

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A generator that answers with `answer` (the real pipeline by default) and records each request. */
function fakeGenerator(
  answer: (r: GenerateRequest) => Promise<GenerateResult> = async (r) => realGenerate(r),
) {
  const requests: GenerateRequest[] = [];
  let cancelled = false;
  const generator: DeckGenerator = {
    generate: (r) => {
      requests.push(r);
      return answer(r);
    },
    cancel: () => {
      cancelled = true;
    },
  };
  return { generator, requests, wasCancelled: () => cancelled };
}

function setup(generator: DeckGenerator = fakeGenerator().generator, storage = memoryStorage()) {
  const store = createImportStore({ generator, storage, clock: () => new Date('2026-03-01T10:00:00Z') });
  const user = userEvent.setup();
  const view = render(
    <ImportStoreContext value={store}>
      <ImportScreen />
    </ImportStoreContext>,
  );
  return { store, user, storage, view };
}

const textBox = () => screen.getByRole('textbox', { name: 'Article text' });

describe('Import screen', () => {
  it('pastes an article, finds facts, previews the cards and saves them to a deck', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fake = fakeGenerator(async (r) => {
      await gate;
      return realGenerate(r);
    });
    const { user } = setup(fake.generator);
    expect(await screen.findByText('Articles you save appear here, grouped by deck.')).toBeTruthy();

    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    expect(screen.getByText(`${TURKEY_TIES.length.toLocaleString('en')} / 200,000 characters`)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Title (optional)' }).getAttribute('placeholder')).toBe(
      'Pakistan and Turkey: A Friendship of Seven Decades',
    );
    expect(screen.getByRole('combobox', { name: 'Deck' })).toHaveProperty('value', 'My articles');

    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(screen.getByRole('status').textContent).toMatch(/Finding dated facts/);
    expect(screen.getByRole('button', { name: 'Find facts' })).toHaveProperty('disabled', true);
    release();

    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/^Found \d+ dated facts in “Pakistan and Turkey/)).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Cards by kind' }).textContent).toMatch(/When: \d+/);
    expect(within(preview).getAllByText(/· The \d{4}s$/).length).toBeGreaterThan(0);
    expect(within(preview).getAllByText('Answer:').length).toBeGreaterThan(0);
    const leftOut = within(preview)
      .getByText(/^Left out \(\d+\)$/)
      .closest('details');
    expect(leftOut?.open).toBe(false);
    expect(fake.requests[0]).toMatchObject({ deckId: 'imported-my-articles', title: 'My articles' });

    await user.click(within(preview).getByRole('button', { name: 'Save to deck' }));
    expect(await screen.findByText(/^Saved 1 article to “My articles”/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Study now' })).toBeTruthy();
    expect(textBox()).toHaveProperty('value', '');
    const decks = screen.getByRole('region', { name: 'Your imported decks' });
    expect(await within(decks).findByRole('heading', { name: 'My articles' })).toBeTruthy();
    expect(within(decks).getByText('Pakistan and Turkey: A Friendship of Seven Decades')).toBeTruthy();
    const cards = await db.cards.toArray();
    expect(cards.length).toBeGreaterThan(5);
    expect(cards.every((c) => c.deckId === 'imported-my-articles' && c.state === 0)).toBe(true);
    expect(await db.articles.count()).toBe(1);
  });

  it('explains an empty box, one with only spaces, and a text with no dated facts, and keeps the text', async () => {
    const fake = fakeGenerator();
    const { user } = setup(fake.generator);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Paste an article into the box, or choose a .txt file.',
    );
    await user.type(textBox(), '   {Enter}  ');
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(screen.getByRole('alert').textContent).toMatch(/only spaces and blank lines/);
    expect(fake.requests).toHaveLength(0);

    await user.clear(textBox());
    await user.type(textBox(), 'The two countries are good friends and trade a great deal.');
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^No dated facts were found/);
    expect(textBox()).toHaveProperty('value', 'The two countries are good friends and trade a great deal.');
  });

  it('says an article is too long, and keeps every character of it', async () => {
    const fake = fakeGenerator();
    const { user } = setup(fake.generator);
    const huge = 'The envoy arrived in 1950. '.repeat(7500);
    fireEvent.change(textBox(), { target: { value: huge } });
    expect(screen.getByText(/202,500 \/ 200,000 characters — too long/)).toBeTruthy();
    expect(textBox().getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(screen.getByRole('alert').textContent).toMatch(/202,500 characters long; the limit is 200,000/);
    expect(fake.requests).toHaveLength(0);
    expect((textBox() as HTMLTextAreaElement).value).toBe(huge);
  });

  it('takes .txt files, and turns away binary, non-UTF-8 and empty ones by name', async () => {
    const fake = fakeGenerator();
    const { user } = setup(fake.generator);
    const good = new File([TURKEY_TIES], 'turkey-ties.txt', { type: 'text/plain' });
    const binary = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.txt');
    const latin1 = new File(
      [new Uint8Array([0x4b, 0x61, 0x72, 0x61, 0x63, 0x68, 0x69, 0xe9, 0x20])],
      'old.txt',
    );
    const empty = new File(['  \n '], 'blank.txt');
    await user.upload(screen.getByLabelText('Choose .txt files'), [good, binary, latin1, empty]);

    const files = await screen.findByRole('list', { name: 'Chosen files' });
    expect(within(files).getByText('turkey-ties.txt')).toBeTruthy();
    const problems = screen.getByRole('alert');
    expect(problems.textContent).toMatch(/“photo\.txt” is not a text file/);
    expect(problems.textContent).toMatch(/“old\.txt” is not UTF-8 text/);
    expect(problems.textContent).toMatch(/“blank\.txt” is empty/);

    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(await screen.findByRole('region', { name: 'Preview' })).toBeTruthy();
    expect(fake.requests[0]?.articles.map((a) => a.title)).toEqual(['turkey-ties']);
  });

  it('shows hostile text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script> Treaty';
    const fake = fakeGenerator(async (r) => {
      const result = realGenerate({ ...r, articles: [{ id: 'x', title: 't', text: TURKEY_TIES }] });
      const [first, ...rest] = result.deck.cards;
      if (!first) throw new Error('no card');
      return {
        ...result,
        found: { [r.articles[0]?.id ?? '']: 3 },
        deck: { ...result.deck, cards: [{ ...first, prompt: hostile }, ...rest] },
      };
    });
    const { user } = setup(fake.generator);
    await user.click(textBox());
    await user.paste(`${hostile}\n\nOn 2 April 1954 a treaty was signed.`);
    expect(screen.getByRole('textbox', { name: 'Title (optional)' }).getAttribute('placeholder')).toBe(
      hostile,
    );
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect(await screen.findByText(hostile)).toBeTruthy();
    expect(document.querySelector('main script, img[src="x"]')).toBeNull();
    expect(document.body.querySelectorAll('script')).toHaveLength(0);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('shows where sources disagree', async () => {
    const fake = fakeGenerator(async (r) => {
      const result = realGenerate(r);
      const [first, ...rest] = result.deck.facts;
      if (!first) throw new Error('no fact');
      const conflict = {
        field: 'date' as const,
        claims: [
          { source: 'a', value: '2009' },
          { source: 'b', value: '2010' },
        ],
        note: 'One source gives 2009, another 2010.',
      };
      return { ...result, deck: { ...result.deck, facts: [{ ...first, conflict }, ...rest] } };
    });
    const { user } = setup(fake.generator);
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Sources disagree' })).toBeTruthy();
    expect(within(preview).getByText('One source gives 2009, another 2010.')).toBeTruthy();
  });

  it('offers no save when facts were found but no question could be written', async () => {
    const fake = fakeGenerator(async (r) => {
      const result = realGenerate(r);
      return {
        ...result,
        deck: { ...result.deck, facts: [], cards: [] },
        dropped: ['fact "x": names too little'],
      };
    });
    const { user } = setup(fake.generator);
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/No clear question could be written from them/)).toBeTruthy();
    expect(within(preview).queryByRole('button', { name: 'Save to deck' })).toBeNull();
    expect(within(preview).getByText('fact "x": names too little')).toBeTruthy();
  });

  it('says so when the fact finder fails, and keeps the text', async () => {
    const fake = fakeGenerator(async () => {
      throw new GeneratorError('worker crashed');
    });
    const { user } = setup(fake.generator);
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /fact finder stopped with an error \(worker crashed\)\. Your text is still here/,
    );
    expect(textBox()).toHaveProperty('value', TURKEY_TIES);
  });

  it('stops finding facts when asked, and keeps the text', async () => {
    const fake = fakeGenerator(() => new Promise<GenerateResult>(() => {}));
    const { user } = setup(fake.generator);
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(fake.wasCancelled()).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Find facts' })).toHaveProperty('disabled', false);
    expect(textBox()).toHaveProperty('value', TURKEY_TIES);
  });

  it('reports a full disk on save, writes nothing, and keeps the preview', async () => {
    const { user } = setup();
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    const hook = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.decks.hook('creating', hook);
    try {
      await user.click(within(preview).getByRole('button', { name: 'Save to deck' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/out of storage, so nothing was saved/);
    } finally {
      db.decks.hook('creating').unsubscribe(hook);
    }
    expect(await db.articles.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(within(preview).getByRole('button', { name: 'Save to deck' })).toHaveProperty('disabled', false);
  });

  it('keeps the draft through a reload until it is discarded', async () => {
    const storage = memoryStorage();
    const first = setup(fakeGenerator().generator, storage);
    await first.user.click(textBox());
    await first.user.paste(TURKEY_TIES);
    await first.user.type(screen.getByRole('textbox', { name: 'Title (optional)' }), 'Ankara notes');
    first.view.unmount();

    const second = setup(fakeGenerator().generator, storage);
    expect(textBox()).toHaveProperty('value', TURKEY_TIES);
    expect(screen.getByRole('textbox', { name: 'Title (optional)' })).toHaveProperty('value', 'Ankara notes');
    await second.user.click(screen.getByRole('button', { name: 'Find facts' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText(/in “Ankara notes”\./)).toBeTruthy();
    await second.user.click(within(preview).getByRole('button', { name: 'Edit the text' }));
    expect(textBox()).toHaveProperty('value', TURKEY_TIES);
    await second.user.click(screen.getByRole('button', { name: 'Find facts' }));
    await second.user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(textBox()).toHaveProperty('value', '');
    expect(storage.data.size).toBe(0);
  });

  it('removes an article after asking, and the deck with its last article', async () => {
    const { user } = setup();
    await user.click(textBox());
    await user.paste(TURKEY_TIES);
    await user.type(screen.getByRole('textbox', { name: 'Title (optional)' }), 'Ankara notes');
    await user.click(screen.getByRole('button', { name: 'Find facts' }));
    await user.click(await screen.findByRole('button', { name: 'Save to deck' }));
    const decks = screen.getByRole('region', { name: 'Your imported decks' });
    await user.click(await within(decks).findByRole('button', { name: 'Remove “Ankara notes”' }));

    const dialog = screen.getByRole('dialog', { name: 'Remove this article?' });
    expect(dialog.textContent).toMatch(/last article, so the deck goes too/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.articles.count()).toBe(1);

    await user.click(within(decks).getByRole('button', { name: 'Remove “Ankara notes”' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this article?' })).getByRole('button', {
        name: 'Remove article',
      }),
    );
    expect(await within(decks).findByText('Articles you save appear here, grouped by deck.')).toBeTruthy();
    expect(await db.decks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });
});
