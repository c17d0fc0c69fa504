import { EmptyState, Screen } from '../../components/screen.tsx';

export function ProgressScreen() {
  return (
    <Screen title="Progress" lead="How much you recall, by era and over time.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
