// The frame every screen shares: a page heading, an optional lead line, and the content.
import type { ReactNode } from 'react';

interface ScreenProps {
  title: string;
  lead?: string;
  actions?: ReactNode;
  children?: ReactNode;
}

export function Screen({ title, lead, actions, children }: ScreenProps) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title" tabIndex={-1}>
            {title}
          </h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
        {actions ? <div className="screen-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** A friendly panel for a screen (or part of one) that has nothing to show yet. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
