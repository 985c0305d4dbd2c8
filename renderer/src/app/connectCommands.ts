/** Connects the page's keyboard and the application menu to the app commands. */
import { isModalDialogOpen } from '../lib/modalDialog';
import { planner } from '../api';
import { isMac } from '../lib/platform';
import { createCommandRunner, createCommandSources } from './commands';
import { shortcutFor } from './shortcuts';
import { currentPlanStore, libraryStore, navigationStore, notify } from './appStores';
import { itemEdits, shortcutsDialogStore } from './uiStores';

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** True where keys type or edit text: there, keys belong to the field. */
export function isTextField(element: Element | null): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/** A screen appears a frame or two after navigating, and its heading then takes focus; the box comes after. */
const FOCUS_FRAMES = 30;
const FRAMES_AFTER_FOUND = 2;

function focusWhenShown(elementId: string): void {
  let frame = 0;
  let seenSince: number | null = null;
  const attempt = () => {
    const element = document.getElementById(elementId);
    if (element instanceof HTMLInputElement) {
      seenSince ??= frame;
      if (document.activeElement !== element) {
        element.focus();
        element.select();
      }
    }
    frame += 1;
    const settled = seenSince !== null && frame - seenSince > FRAMES_AFTER_FOUND;
    if (!settled && frame < FOCUS_FRAMES) requestAnimationFrame(attempt);
  };
  attempt();
}

const runCommand = createCommandRunner({
  currentRoute: () => navigationStore.getState().route,
  navigate: (route) => navigationStore.getState().navigate(route),
  pathOfPlan: (planId) => {
    const { plan } = currentPlanStore.getState();
    return plan?.id === planId ? plan.pathId : null;
  },
  importCareerPaths: (options) => libraryStore.getState().importCareerPaths(options),
  exportPlanPdf: () => currentPlanStore.getState().exportPdf(),
  backupNow: () => planner.backupNow({}),
  undo: () => itemEdits.undo(),
  redo: () => itemEdits.redo(),
  showShortcuts: () => shortcutsDialogStore.getState().show(),
  focusLibrarySearch: () => focusWhenShown('library-search'),
  editText: (command) => {
    if (!isTextField(document.activeElement)) return false;
    // The menu took the key before the field saw it; the field's own history still applies.
    document.execCommand(command);
    return true;
  },
  commitTyping: () => {
    // Fields save on blur; leaving the screen would otherwise drop what was just typed.
    if (isTextField(document.activeElement)) document.activeElement.blur();
  },
  isModalOpen: isModalDialogOpen,
  notify,
});

const sources = createCommandSources(runCommand);

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const shortcut = shortcutFor(event, isMac);
  if (shortcut === null) return;
  if (!shortcut.whileTyping && isTextField(document.activeElement)) {
    sources.leftToTextField(shortcut.command);
    return;
  }
  // The browser's own meaning of the chord (a new window, a find bar) never applies here.
  event.preventDefault();
  // A held key repeats; one command per press is what a person means.
  if (!event.repeat) sources.fromKeyboard(shortcut.command);
}

/** Starts listening for shortcuts and menu commands; returns a function that stops it. */
export function connectCommands(): () => void {
  window.addEventListener('keydown', onKeyDown);
  const unsubscribe = planner.onEvent((event) => {
    if (event.type === 'command') sources.fromHost(event.command);
  });
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    unsubscribe();
  };
}
