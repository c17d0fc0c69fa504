// A problem to show in a screen's flow, in words a person understands; announced as soon as it shows.
import type { ReactNode } from 'react';

/** Renders nothing when there is no message. */
export function ErrorNotice({ message }: { message: ReactNode }) {
  if (message === null || message === undefined || message === '') return null;
  return (
    <p className="notice notice-error" role="alert">
      {message}
    </p>
  );
}
