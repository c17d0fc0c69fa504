import { EmptyState, Screen } from '../../components/screen.tsx';

export function ImportScreen() {
  return (
    <Screen title="Import" lead="Turn a pasted article into a deck of questions.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
