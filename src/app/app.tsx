// Composes the features into the app: providers, layout and routes.
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { EmptyState, Screen } from '../components/screen.tsx';
import { settingsStore } from '../features/settings/settings-store.ts';
import { useTheme } from '../features/settings/use-theme.ts';
import { StudyScreen } from '../features/study/study-screen.tsx';
import { ConnectionNotice } from './connection-notice.tsx';
import { DataSafety } from './data-safety.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { Layout } from './layout.tsx';
import { PwaUpdate } from './pwa-update.tsx';
import { RepairNotice } from './repair-notice.tsx';
import { loadShippedDecks } from './shipped-decks.ts';
import { StorageFullBanner } from './storage-full-banner.tsx';

// Study is the first screen; the others load when first opened.
const QuizScreen = lazy(() =>
  import('../features/quiz/quiz-screen.tsx').then((m) => ({ default: m.QuizScreen })),
);
const TimelineScreen = lazy(() =>
  import('../features/timeline/timeline-screen.tsx').then((m) => ({ default: m.TimelineScreen })),
);
const ProgressScreen = lazy(() =>
  import('../features/progress/progress-screen.tsx').then((m) => ({ default: m.ProgressScreen })),
);
const BrowseScreen = lazy(() =>
  import('../features/browse/browse-screen.tsx').then((m) => ({ default: m.BrowseScreen })),
);
const ImportScreen = lazy(() =>
  import('../features/import/import-screen.tsx').then((m) => ({ default: m.ImportScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/settings-screen.tsx').then((m) => ({ default: m.SettingsScreen })),
);

function NotFound() {
  return (
    <Screen title="Page not found">
      <EmptyState title="Nothing lives at this address">
        <p>Use the navigation to get back to your cards.</p>
      </EmptyState>
    </Screen>
  );
}

export function App() {
  useEffect(() => settingsStore.start(), []);
  useEffect(() => {
    void loadShippedDecks();
  }, []);
  useTheme();
  const [location] = useLocation();
  return (
    <Layout>
      <StorageFullBanner />
      <DataSafety />
      <PwaUpdate />
      <ErrorBoundary key={location}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Switch>
            <Route path="/" component={StudyScreen} />
            <Route path="/quiz" component={QuizScreen} />
            <Route path="/timeline" component={TimelineScreen} />
            <Route path="/progress" component={ProgressScreen} />
            <Route path="/browse" component={BrowseScreen} />
            <Route path="/import" component={ImportScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
      <ConnectionNotice />
      <RepairNotice />
    </Layout>
  );
}
