import { useWindowVirtualizer } from '@tanstack/react-virtual';
import './browse.css';
import { useDeferredValue, useMemo, useState } from 'react';
import { CardAdder } from '../../components/card-editor.tsx';
import { KIND_LABELS, relativeTime, STATUS_LABELS } from '../../components/labels.ts';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { addCard, listAllCards, listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import type { CardRecord, DeckRecord } from '../../db/schema.ts';
import { type CardKind, CardKindSchema } from '../../domain/deck-schema.ts';
import { asDeckId, type CardId } from '../../domain/ids.ts';
import {
  type BrowseFilter,
  type CardStatus,
  cardStatus,
  EMPTY_FILTER,
  filterCards,
} from './browse-filter.ts';
import { CardDetails } from './card-details.tsx';

const ROW_HEIGHT = 76;
const KINDS = CardKindSchema.options;
const STATUSES = Object.keys(STATUS_LABELS) as CardStatus[];

/** Orders cards by deck, then era as the deck lists them, then the date of their first fact. */
function sortCards(cards: CardRecord[], decks: readonly DeckRecord[]): CardRecord[] {
  const eraRank = new Map<string, number>();
  const factDate = new Map<string, string>();
  for (const d of decks) {
    for (const [i, e] of d.eras.entries()) eraRank.set(`${d.id}\u0000${e.id}`, i);
    for (const f of d.facts) factDate.set(`${d.id}\u0000${f.id}`, f.date.value);
  }
  const key = (c: CardRecord) =>
    [
      c.deckId,
      String(eraRank.get(`${c.deckId}\u0000${c.era}`) ?? 999).padStart(4, '0'),
      factDate.get(`${c.deckId}\u0000${c.content.facts[0] ?? ''}`) ?? '',
      c.kind,
      c.id,
    ].join('\u0000');
  const keyed = cards.map((c) => [key(c), c] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, c]) => c);
}

export function BrowseScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const cards = useLiveQuery(() => listAllCards(db), []);
  const [filter, setFilter] = useState<BrowseFilter>(EMPTY_FILTER);
  const [open, setOpen] = useState<CardId | null>(null);
  const [adding, setAdding] = useState(false);
  const deferred = useDeferredValue(filter);

  const sorted = useMemo(() => (cards && decks ? sortCards(cards, decks) : []), [cards, decks]);
  const shown = useMemo(() => filterCards(sorted, deferred), [sorted, deferred]);
  const eras = useMemo(() => {
    const list = (decks ?? []).filter((d) => filter.deck === null || d.id === filter.deck);
    const seen = new Map<string, string>();
    for (const d of list) for (const e of d.eras) if (!seen.has(e.id)) seen.set(e.id, e.name);
    return [...seen];
  }, [decks, filter.deck]);
  const eraName = useMemo(() => {
    const m = new Map<string, string>();
    for (const d of decks ?? []) for (const e of d.eras) m.set(`${d.id}\u0000${e.id}`, e.name);
    return m;
  }, [decks]);

  const set = <K extends keyof BrowseFilter>(key: K, value: BrowseFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const loading = cards === undefined || decks === undefined;

  return (
    <Screen
      title="Browse"
      lead="Every card in your decks. Search, filter, open a card for its history."
      actions={
        decks && decks.length > 0 ? (
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            Add card
          </button>
        ) : null
      }
    >
      <search className="filters" aria-label="Filter cards">
        <label className="field field-search">
          <span className="visually-hidden">Search cards</span>
          <input
            type="search"
            placeholder="Search cards"
            aria-label="Search cards"
            value={filter.query}
            maxLength={200}
            onChange={(e) => set('query', e.target.value)}
          />
        </label>
        <FilterSelect
          label="Deck"
          value={filter.deck}
          options={(decks ?? []).map((d) => [d.id, d.title])}
          onChange={(v) => setFilter((f) => ({ ...f, deck: v, era: null }))}
        />
        <FilterSelect label="Era" value={filter.era} options={eras} onChange={(v) => set('era', v)} />
        <FilterSelect
          label="Type"
          value={filter.kind}
          options={KINDS.map((k) => [k, KIND_LABELS[k]])}
          onChange={(v) => set('kind', v as CardKind | null)}
        />
        <FilterSelect
          label="State"
          value={filter.status}
          options={STATUSES.map((s) => [s, STATUS_LABELS[s]])}
          onChange={(v) => set('status', v as CardStatus | null)}
        />
      </search>
      {loading ? (
        <p className="muted">Loading cards…</p>
      ) : cards.length === 0 ? (
        <EmptyState title="No cards yet">
          <p>Decks load when the app starts; add your own from Import.</p>
        </EmptyState>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {shown.length === 1 ? '1 card' : `${shown.length.toLocaleString('en')} cards`}
          </p>
          {shown.length === 0 ? (
            <EmptyState title="No card matches">
              <p>Try fewer words or clear a filter.</p>
            </EmptyState>
          ) : (
            <CardList cards={shown} eraName={eraName} onOpen={setOpen} />
          )}
        </>
      )}
      {open ? <CardDetails cardId={open} decks={decks ?? []} onClose={() => setOpen(null)} /> : null}
      {adding ? (
        <CardAdder
          decks={decks ?? []}
          deckId={filter.deck ?? undefined}
          era={filter.era ?? undefined}
          onAdd={async (deckId, fields) => setOpen(await addCard(db, asDeckId(deckId), fields, new Date()))}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </Screen>
  );
}

interface FilterSelectProps {
  label: string;
  value: string | null;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | null) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

interface CardListProps {
  cards: readonly CardRecord[];
  eraName: ReadonlyMap<string, string>;
  onOpen: (id: CardId) => void;
}

function CardList({ cards, eraName, onOpen }: CardListProps) {
  const virtualizer = useWindowVirtualizer({
    count: cards.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const now = new Date();
  return (
    <ul className="card-list" aria-label="Cards" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const card = cards[row.index];
        if (!card) return null;
        const status = cardStatus(card);
        return (
          <li
            key={card.id}
            className="card-row"
            style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            aria-setsize={cards.length}
            aria-posinset={row.index + 1}
          >
            <button type="button" className="card-row-button" onClick={() => onOpen(card.id)}>
              <span className="card-row-prompt">{card.content.prompt}</span>
              <span className="card-row-meta">
                <span className="card-row-era">
                  {eraName.get(`${card.deckId}\u0000${card.era}`) ?? card.era}
                </span>
                <span>{KIND_LABELS[card.kind]}</span>
                <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
                {status === 'learning' || status === 'review' || status === 'relearning' ? (
                  <span>due {relativeTime(card.due, now)}</span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
