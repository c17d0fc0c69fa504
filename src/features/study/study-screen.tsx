// The Study screen (route "/"): today's due cards one at a time, the counts left, undo, and a summary
// at the end of the session.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { CardAdder } from '../../components/card-editor.tsx';
import { counted } from '../../components/counted.ts';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { addCard, listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { asDeckId } from '../../domain/ids.ts';
import { LEARN_AHEAD_MS } from '../../domain/queue.ts';
import { RATING_NAMES, RATINGS } from '../../domain/scheduler.ts';
import { StudyCard } from './study-card.tsx';
import { StudySelection } from './study-selection.tsx';
import { type StudyState, studyStore, useStudy } from './study-store.ts';

/** The screen shows most of the session, so it follows all of it. */
const whole = (s: StudyState) => s;

export function StudyScreen() {
  const s = useStudy(whole);
  const [adding, setAdding] = useState(false);
  useEffect(() => studyStore.start(), []);
  const deckId = s.current?.deckId;
  const deck = useLiveQuery(() => (deckId ? db.decks.get(deckId) : undefined), [deckId]);

  // Undo: U or Ctrl+Z (Cmd+Z), anywhere on the screen but in a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (e.key.toLowerCase() === 'a' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        // As in Anki, A adds a card.
        e.preventDefault();
        setAdding(true);
        return;
      }
      const isUndo =
        (e.key.toLowerCase() === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey) ||
        (e.key.toLowerCase() === 'u' && !e.ctrlKey && !e.metaKey && !e.altKey);
      if (!isUndo) return;
      e.preventDefault();
      void studyStore.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // When the next learning card comes within the learn-ahead limit, or the next study day starts, look again.
  useEffect(() => {
    const at = [
      s.current ? null : s.nextDue && s.nextDue.getTime() - LEARN_AHEAD_MS,
      s.nextDayStart?.getTime(),
    ]
      .filter((t): t is number => typeof t === 'number')
      .sort((a, b) => a - b)[0];
    if (at === undefined) return;
    const wait = Math.max(1000, at - Date.now());
    const timer = setTimeout(() => studyStore.getState().refresh(), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [s.current, s.nextDue, s.nextDayStart]);

  const canUndo = s.undoStack.length > 0;
  const decks = useLiveQuery(() => listDecks(db), []);
  const eraName = s.current ? deck?.eras.find((e) => e.id === s.current?.era)?.name : undefined;

  return (
    <Screen
      title="Study"
      lead="Today's due cards, one at a time, scheduled with FSRS."
      actions={
        <>
          {canUndo ? (
            <button type="button" className="btn" onClick={() => void s.undo()} disabled={s.saving}>
              Undo
            </button>
          ) : null}
          {decks && decks.length > 0 ? (
            <button type="button" className="btn" onClick={() => setAdding(true)} aria-keyshortcuts="A">
              Add card
            </button>
          ) : null}
        </>
      }
    >
      {s.deckProblems.map((p) => (
        <p key={p} className="notice notice-error" role="alert">
          {p} Your other decks and all your progress are unchanged.
        </p>
      ))}
      {s.error ? (
        <p className="notice notice-error" role="alert">
          {s.error}
        </p>
      ) : null}
      {s.loaded && s.settings && s.hasCards ? <StudySelection settings={s.settings} /> : null}
      {s.loaded && s.hasCards ? (
        <p className="study-counts">
          <span className="visually-hidden">Cards left today: </span>
          <span className="count-new">
            <b>{s.counts.new}</b> new
          </span>
          <span className="count-learning">
            <b>{s.counts.learning}</b> learning
          </span>
          <span className="count-review">
            <b>{s.counts.review}</b> review
          </span>
        </p>
      ) : null}
      <Body eraName={eraName} deck={deck} />
      {adding && decks ? (
        <CardAdder
          decks={decks}
          deckId={s.current?.deckId}
          era={s.current?.era}
          onAdd={async (deckId, fields) => {
            await addCard(db, asDeckId(deckId), fields, new Date());
          }}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </Screen>
  );
}

function Body({
  eraName,
  deck,
}: {
  eraName: string | undefined;
  deck: Parameters<typeof StudyCard>[0]['deck'];
}) {
  const s = useStudy(whole);
  if (!s.loaded || (!s.hasCards && s.decksLoading)) return <p className="muted">Loading your cards…</p>;
  if (s.current) {
    return (
      <StudyCard
        key={`${s.current.id}:${s.current.reps}`}
        card={s.current}
        deck={deck}
        eraName={eraName}
        revealed={s.revealed}
        suggested={s.suggested}
        intervals={s.intervals}
        saving={s.saving}
        onReveal={s.reveal}
        onRate={(r) => void s.rate(r)}
      />
    );
  }
  if (!s.hasCards) {
    const filtered = (s.settings?.studyDecks.length ?? 0) + (s.settings?.studyEras.length ?? 0) > 0;
    return filtered ? (
      <EmptyState title="No cards in this choice">
        <p>The decks and eras you chose have no cards. Choose others above, or study everything.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No decks yet">
        <p>
          There are no cards to study yet. <Link href="/import">Import an article</Link> to make a deck.
        </p>
      </EmptyState>
    );
  }
  const { session } = s;
  return (
    <section className="panel study-summary" aria-labelledby="study-summary-title">
      <h2 id="study-summary-title">{session.reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
      {session.reviewed > 0 ? (
        <>
          <p>
            You studied <b>{session.reviewed}</b> {session.reviewed === 1 ? 'card' : 'cards'}
            {session.startedAt ? ` in ${minutes(Date.now() - session.startedAt)}` : ''}.
          </p>
          <ul className="study-summary-ratings">
            {RATINGS.map((r) => (
              <li key={r} className={`rating-${r}`}>
                {RATING_NAMES[r]} <b>{session.byRating[r]}</b>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>You are up to date with the cards you chose.</p>
      )}
      <p className="muted">
        {s.nextDue
          ? `A card you are learning comes back at ${clock(s.nextDue)}${s.learningLater > 1 ? `, and ${counted(s.learningLater - 1, 'more', 'more')} later today` : ''}. `
          : ''}
        {s.nextDayStart
          ? `The next study day starts at ${clock(s.nextDayStart)}: new cards and the reviews due that day come then.`
          : null}
      </p>
      {s.buried > 0 ? (
        <p className="muted">
          {counted(s.buried, 'card waits', 'cards wait')} for another day because a card of the same fact was
          studied today (siblings are buried, as in Anki; <Link href="/settings">Settings</Link> can turn this
          off).
        </p>
      ) : null}
    </section>
  );
}

/** A time of day as the device writes it, e.g. "04:00". */
function clock(at: Date): string {
  return at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.round(ms / 60_000));
  return m === 1 ? 'about a minute' : `about ${m} minutes`;
}
