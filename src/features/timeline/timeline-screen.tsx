import { EmptyState, Screen } from '../../components/screen.tsx';

export function TimelineScreen() {
  return (
    <Screen title="Timeline" lead="Every fact in order, era by era.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
