import { useEffect } from 'react';
import { useStore } from 'zustand';
import { isPlannerConnected } from './api';
import { connectApp, libraryStore, navigationStore } from './app/appStores';
import type { DroppedFile } from './stores/droppedFiles';
import { AboutScreen } from './components/AboutScreen';
import { ActivityScreen } from './components/ActivityScreen';
import { DataScreen } from './components/DataScreen';
import { FileDropZone } from './components/FileDropZone';
import { LibraryScreen } from './components/LibraryScreen';
import { preloadMarkdownContentWhenIdle } from './components/loadMarkdownContent';
import { NewPlanScreen } from './components/NewPlanScreen';
import { PathScreen } from './components/PathScreen';
import { PlanScreen } from './components/PlanScreen';
import { PreferencesScreen } from './components/PreferencesScreen';
import { ReminderPanel } from './components/ReminderPanel';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { StartupNoticeBanner } from './components/StartupNoticeBanner';
import { ToastRegion } from './components/ToastRegion';
import type { Route } from './navigation/routes';

function CurrentScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'path':
      return <PathScreen key={route.pathId} pathId={route.pathId} />;
    case 'new-plan':
      return <NewPlanScreen key={route.pathId} pathId={route.pathId} />;
    case 'plan':
      return <PlanScreen key={route.planId} planId={route.planId} />;
    case 'upcoming':
      return <ReminderPanel />;
    case 'activity':
      return <ActivityScreen />;
    case 'data':
      return <DataScreen />;
    case 'preferences':
      return <PreferencesScreen />;
    case 'about':
      return <AboutScreen />;
  }
}

/** Career paths dropped on any screen are imported, and the Library shows how each file went. */
function importDropped(files: DroppedFile[]): void {
  if (navigationStore.getState().route.screen !== 'library')
    navigationStore.getState().navigate({ screen: 'library' });
  void libraryStore.getState().importFiles(files);
}

export function App() {
  const route = useStore(navigationStore, (s) => s.route);
  const importing = useStore(libraryStore, (s) => s.importing);
  useEffect(() => {
    preloadMarkdownContentWhenIdle();
    return connectApp();
  }, []);

  return (
    <div className="app-shell">
      <Sidebar />
      <main className="main">
        {!isPlannerConnected && (
          <p className="banner-error" role="alert">
            StudyPath cannot reach its data. Please restart the app.
          </p>
        )}
        <StartupNoticeBanner />
        <CurrentScreen route={route} />
      </main>
      <FileDropZone busy={importing} onFiles={importDropped} />
      <ToastRegion />
      <ShortcutsDialog />
    </div>
  );
}
