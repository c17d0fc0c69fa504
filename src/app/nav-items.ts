// The app's screens and their paths, in navigation order.
import type { ComponentType } from 'react';
import {
  BrowseIcon,
  ImportIcon,
  ProgressIcon,
  QuizIcon,
  SettingsIcon,
  StudyIcon,
  TimelineIcon,
} from '../components/icons.tsx';

export interface NavItem {
  path: string;
  label: string;
  Icon: ComponentType;
  /** Primary items sit in the phone's bottom bar; the others in its top bar. */
  primary: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Study', Icon: StudyIcon, primary: true },
  { path: '/quiz', label: 'Quiz', Icon: QuizIcon, primary: true },
  { path: '/timeline', label: 'Timeline', Icon: TimelineIcon, primary: true },
  { path: '/progress', label: 'Progress', Icon: ProgressIcon, primary: true },
  { path: '/browse', label: 'Browse', Icon: BrowseIcon, primary: true },
  { path: '/import', label: 'Import', Icon: ImportIcon, primary: false },
  { path: '/settings', label: 'Settings', Icon: SettingsIcon, primary: false },
];
