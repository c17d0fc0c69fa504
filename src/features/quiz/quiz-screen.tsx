import { EmptyState, Screen } from '../../components/screen.tsx';

export function QuizScreen() {
  return (
    <Screen title="Quiz" lead="Quick rounds on one era, without touching your schedule.">
      <EmptyState title="Coming next">
        <p>This screen is being built.</p>
      </EmptyState>
    </Screen>
  );
}
