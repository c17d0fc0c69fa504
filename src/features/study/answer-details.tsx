// The back of a card: the answer, its one-line explanation, where the sources say it, and any
// disagreement between sources, shown plainly.
import { whereInSource } from '../../components/labels.ts';
import type { DeckRecord } from '../../db/schema.ts';
import { isOwnCard } from '../../domain/card-add.ts';
import type { DeckCard } from '../../domain/deck-schema.ts';

export function AnswerDetails({
  card,
  deck,
  answerMarked = false,
}: {
  card: DeckCard;
  deck: DeckRecord | undefined;
  /** The answer is marked among the options already (multiple choice): not told again. */
  answerMarked?: boolean;
}) {
  const sourceName = (id: string) => {
    const s = deck?.sources.find((x) => x.id === id);
    if (!s) return { title: id, author: null };
    return { title: s.title || s.file, author: s.author };
  };
  return (
    <section className="study-answer" aria-label="Answer">
      {card.kind === 'order' && card.order ? (
        <>
          <h3 className="study-answer-heading">The right order</h3>
          <ol className="study-correct-order">
            {card.order.map((item) => (
              <li key={item.fact}>
                <b>{item.date}</b> {item.label}
              </li>
            ))}
          </ol>
        </>
      ) : answerMarked ? null : (
        <p className="study-answer-text">{card.answer}</p>
      )}
      {card.explanation ? <p className="study-explanation">{card.explanation}</p> : null}
      {card.conflict ? (
        <div className="notice notice-warn study-conflict" role="note">
          <strong>Sources disagree.</strong> {card.conflict.note}
          <ul>
            {card.conflict.claims.map((c) => (
              <li key={`${c.source}-${c.value}`}>
                {sourceName(c.source).title}: <b>{c.value}</b>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {isOwnCard(card) ? (
        <p className="study-sources muted">Added by you.</p>
      ) : (
        <div className="study-sources">
          <h3>Sources</h3>
          <ul>
            {card.sources.map((ref) => {
              const s = sourceName(ref.source);
              return (
                <li key={`${ref.source}-${ref.paragraph}-${ref.item ?? ''}`}>
                  <cite>{s.title}</cite>
                  {s.author ? <span> — {s.author}</span> : null}
                  <span className="muted"> · {whereInSource(ref)}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
