/**
 * What each app command does. The application menu (through host events) and the page's own
 * keyboard shortcuts both end here, so a command behaves the same whichever way it arrives.
 */
import type { AppCommand } from '../../../shared/contract';
import type { BackupInfo } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import type { Route } from '../navigation/routes';
import type { Notify } from '../stores/toastStore';

export interface CommandDeps {
  currentRoute(): Route;
  navigate(route: Route): void;
  /** The career path of a plan, when that plan is loaded; null otherwise. */
  pathOfPlan(planId: number): string | null;
  importCareerPaths(options: { folder: boolean }): Promise<void>;
  exportPlanPdf(): Promise<void>;
  backupNow(): Promise<Result<BackupInfo>>;
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
  showShortcuts(): void;
  /** Focuses the library's search box once the library is on screen. */
  focusLibrarySearch(): void;
  /**
   * Undo and redo inside the focused text field, when there is one: the menu sends them even
   * while the person types, and there they mean the field's own text history. False otherwise.
   */
  editText(command: 'undo' | 'redo'): boolean;
  /** Lets the focused field save what was typed before the screen changes. */
  commitTyping(): void;
  /** While a modal dialog asks something, commands wait: the dialog must be answered first. */
  isModalOpen(): boolean;
  notify: Notify;
}

export type RunCommand = (command: AppCommand) => void;

/** Where Ctrl/Cmd+N starts a plan from: the path on screen, or the plan's own path. */
function pathForNewPlan(route: Route, pathOfPlan: (planId: number) => string | null): string | null {
  switch (route.screen) {
    case 'path':
    case 'new-plan':
      return route.pathId;
    case 'plan':
      return pathOfPlan(route.planId);
    default:
      return null;
  }
}

export function createCommandRunner(deps: CommandDeps): RunCommand {
  const go = (route: Route) => {
    deps.commitTyping();
    deps.navigate(route);
  };
  const toLibrary = () => {
    if (deps.currentRoute().screen !== 'library') go({ screen: 'library' });
  };

  async function backUp(): Promise<void> {
    const result = await deps.backupNow();
    if (result.ok) deps.notify('success', `Backed up your data to ${result.value.fileName}`);
    else deps.notify('error', `The backup could not be made. ${result.error.message}`);
  }

  return (command) => {
    if (deps.isModalOpen()) return;
    switch (command) {
      case 'new-plan': {
        const pathId = pathForNewPlan(deps.currentRoute(), deps.pathOfPlan);
        if (pathId !== null) {
          go({ screen: 'new-plan', pathId });
        } else {
          toLibrary();
          deps.notify('info', 'Choose a career path for your new plan, then select Create study plan.');
        }
        return;
      }
      case 'import-files':
      case 'import-folder':
        // The library shows what each file turned into.
        toLibrary();
        void deps.importCareerPaths({ folder: command === 'import-folder' });
        return;
      case 'export-pdf':
        if (deps.currentRoute().screen === 'plan') {
          deps.commitTyping();
          void deps.exportPlanPdf();
        } else {
          deps.notify('info', 'Open a plan to export it as a PDF.');
        }
        return;
      case 'back-up-now':
        deps.commitTyping();
        void backUp();
        return;
      case 'find':
        toLibrary();
        deps.focusLibrarySearch();
        return;
      case 'undo':
      case 'redo':
        if (deps.editText(command)) return;
        void (command === 'undo' ? deps.undo() : deps.redo());
        return;
      case 'shortcuts':
        deps.showShortcuts();
        return;
      case 'preferences':
        go({ screen: 'preferences' });
        return;
      case 'about':
        go({ screen: 'about' });
        return;
      case 'go-library':
        go({ screen: 'library' });
        return;
      case 'go-upcoming':
        go({ screen: 'upcoming' });
        return;
    }
  };
}

/** How close a menu command must follow the same shortcut typed in the page to be its echo. */
export const ECHO_WINDOW_MS = 500;

export interface CommandSources {
  /** A shortcut the page handled itself. */
  fromKeyboard(command: AppCommand): void;
  /** A shortcut the page left to the focused text field (its own undo), so the menu's copy is ignored. */
  leftToTextField(command: AppCommand): void;
  /** A command from the application menu. */
  fromHost(command: AppCommand): void;
}

/**
 * In Electron a chord can reach both the page and the menu, which then sends the same command.
 * The page's handling wins; the menu's copy arriving just after it is dropped. A menu click (no
 * key pressed in the page) always runs.
 */
export function createCommandSources(run: RunCommand, now: () => number = Date.now): CommandSources {
  let lastKeyboard: { command: AppCommand; at: number } | null = null;
  return {
    fromKeyboard(command) {
      lastKeyboard = { command, at: now() };
      run(command);
    },
    leftToTextField(command) {
      lastKeyboard = { command, at: now() };
    },
    fromHost(command) {
      const echo =
        lastKeyboard !== null &&
        lastKeyboard.command === command &&
        now() - lastKeyboard.at <= ECHO_WINDOW_MS;
      lastKeyboard = null;
      if (!echo) run(command);
    },
  };
}
