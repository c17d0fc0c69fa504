// Composes the features into the app: providers, layout and routes.
import { useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { EmptyState, Screen } from '../components/screen.tsx';
import { BrowseScreen } from '../features/browse/browse-screen.tsx';
import { ImportScreen } from '../features/import/import-screen.tsx';
import { ProgressScreen } from '../features/progress/progress-screen.tsx';
import { QuizScreen } from '../features/quiz/quiz-screen.tsx';
import { SettingsScreen } from '../features/settings/settings-screen.tsx';
import { useSettingsStore } from '../features/settings/settings-store.ts';
import { useTheme } from '../features/settings/use-theme.ts';
import { StudyScreen } from '../features/study/study-screen.tsx';
import { TimelineScreen } from '../features/timeline/timeline-screen.tsx';
import { ConnectionNotice } from './connection-notice.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { Layout } from './layout.tsx';
import { PwaUpdate } from './pwa-update.tsx';

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
  useEffect(() => useSettingsStore.start(), []);
  useTheme();
  const [location] = useLocation();
  return (
    <Layout>
      <ErrorBoundary key={location}>
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
      </ErrorBoundary>
      <PwaUpdate />
      <ConnectionNotice />
    </Layout>
  );
}
