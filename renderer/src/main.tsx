import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectCommands } from './app/connectCommands';
import { preferencesStore } from './app/uiStores';
import { applyTheme } from './lib/theme';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/library.css';
import './styles/path.css';
import './styles/plan.css';
import './styles/upcoming.css';
import './styles/data.css';
import './styles/backups.css';
import './styles/toasts.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// The CSP allows no inline script, so the saved theme is applied here, before anything renders.
applyTheme(document.documentElement, preferencesStore.getState().theme);
preferencesStore.subscribe((state) => applyTheme(document.documentElement, state.theme));

connectCommands();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
