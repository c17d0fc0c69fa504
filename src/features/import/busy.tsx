// A spinner and a few words on what is under way, announced to screen readers as a status.
import type { ReactNode } from 'react';

export function Busy({ children }: { children: ReactNode }) {
  return (
    <span className="import-progress" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </span>
  );
}
