import { EmptyState, Screen } from '../../components/screen.tsx';

export function StudyScreen() {
  return (
    <Screen title="Study" lead="Today's due cards, one at a time, scheduled with FSRS.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
