import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { eraNameHasYears, eraYears, whereInSource } from '../../components/labels.ts';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import type { CardRecord, DeckRecord } from '../../db/schema.ts';
import { formatDateValue } from '../../domain/date-format.ts';
import { type Fact, FactTypeSchema } from '../../domain/deck-schema.ts';
import { groupByEra } from './timeline-model.ts';
import './timeline.css';

const TYPE_LABELS: Record<Fact['type'], string> = {
  visit: 'Visits',
  agreement: 'Agreements',
  relations: 'Relations',
  military: 'Military',
  economic: 'Economic',
  organization: 'Organisations',
  statement: 'Statements',
  other: 'Other',
};

export function TimelineScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const [deckId, setDeckId] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const deck = decks?.find((d) => d.id === deckId) ?? decks?.[0];

  return (
    <Screen title="Timeline" lead="Every dated fact in order, era by era, with the sources behind it.">
      {decks === undefined ? (
        <p className="muted">Loading…</p>
      ) : !deck ? (
        <EmptyState title="No deck yet">
          <p>Decks load when the app starts; add your own from Import.</p>
        </EmptyState>
      ) : (
        <>
          <div className="timeline-controls">
            {decks.length > 1 ? (
              <label className="field">
                <span className="field-label">Deck</span>
                <select value={deck.id} onChange={(e) => setDeckId(e.target.value)}>
                  {decks.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <fieldset className="segmented chips">
              <legend className="visually-hidden">Kind of event</legend>
              {[null, ...FactTypeSchema.options].map((t) => (
                <label key={t ?? 'all'} className="segment">
                  <input type="radio" name="fact-type" checked={type === t} onChange={() => setType(t)} />
                  <span>{t === null ? 'All' : TYPE_LABELS[t]}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <DeckTimeline deck={deck} type={type} />
        </>
      )}
    </Screen>
  );
}

function DeckTimeline({ deck, type }: { deck: DeckRecord; type: string | null }) {
  const groups = useMemo(() => groupByEra(deck.eras, deck.facts, type), [deck, type]);
  const sourceTitle = useMemo(() => new Map(deck.sources.map((s) => [s.id, s.title])), [deck]);
  const cards = useLiveQuery(() => db.cards.where('deckId').equals(deck.id).toArray(), [deck.id]);
  const cardsOf = useMemo(() => {
    const m = new Map<string, CardRecord[]>();
    for (const c of cards ?? []) {
      if (c.retired || c.kind === 'order') continue;
      for (const f of c.content.facts) m.set(f, [...(m.get(f) ?? []), c]);
    }
    return m;
  }, [cards]);
  if (groups.length === 0) {
    return (
      <EmptyState title="No facts of this kind">
        <p>Choose another kind of event.</p>
      </EmptyState>
    );
  }
  const jump = (eraId: string) => {
    const heading = document.getElementById(`era-${eraId}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <div className="timeline">
      {groups.length > 1 ? (
        <label className="field timeline-jump">
          <span className="field-label">Jump to an era</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) jump(e.target.value);
            }}
          >
            <option value="">Choose an era…</option>
            {groups.map(({ era, facts }) => (
              <option key={era.id} value={era.id}>
                {era.name} ({facts.length === 1 ? '1 fact' : `${facts.length} facts`})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {groups.map(({ era, facts }) => (
        <section key={era.id} className="timeline-era" aria-labelledby={`era-${era.id}`}>
          <header className="timeline-era-head">
            <h2 id={`era-${era.id}`} tabIndex={-1}>
              {era.name}
            </h2>
            <span className="muted">
              {[
                eraNameHasYears(era) ? '' : eraYears(era),
                facts.length === 1 ? '1 fact' : `${facts.length} facts`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {era.blurb ? <p className="muted">{era.blurb}</p> : null}
          </header>
          <ol className="timeline-facts">
            {facts.map((f) => (
              <li key={f.id} className="timeline-fact">
                <span className="timeline-date">{formatDateValue(f.date)}</span>
                <p className="timeline-summary">{f.summary}</p>
                {f.conflict ? <p className="timeline-conflict">Sources disagree: {f.conflict.note}</p> : null}
                <p className="timeline-sources">
                  {f.sources
                    .map((r) => `${sourceTitle.get(r.source) ?? r.source}, ${whereInSource(r)}`)
                    .join(' · ')}
                </p>
                <FactCards cards={cardsOf.get(f.id) ?? []} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** A fact's cards, folded: each question with its answer and where it stands in study. */
function FactCards({ cards }: { cards: readonly CardRecord[] }) {
  if (cards.length === 0) return null;
  return (
    <details className="timeline-cards">
      <summary>{cards.length === 1 ? 'Its card' : `Its ${cards.length} cards`}</summary>
      <ul>
        {cards.map((c) => (
          <li key={c.id}>
            {c.content.prompt} <b>{c.content.answer}</b>{' '}
            <span className="muted">· {c.suspended ? 'suspended' : STATE_WORDS[c.state]}</span>
          </li>
        ))}
      </ul>
      <Link href="/browse">Open Browse</Link> to edit, suspend or see a card’s history.
    </details>
  );
}

const STATE_WORDS = { 0: 'new', 1: 'learning', 2: 'in review', 3: 'relearning' } as const;
