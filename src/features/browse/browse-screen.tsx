import { EmptyState, Screen } from '../../components/screen.tsx';

export function BrowseScreen() {
  return (
    <Screen title="Browse" lead="Every card: search, filter, suspend.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
