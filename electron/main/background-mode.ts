/**
 * Running in the background: the tray icon that keeps StudyPath (and its reminders) alive
 * after the window is closed, and starting at login. Both are opt-in settings, applied at
 * start and again whenever the settings change. Electron comes in through the ports, so the
 * rules can be tested in plain Node.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppSettings } from '../../shared/domain';

export interface TrayHandle {
  destroy(): void;
}

export interface BackgroundModePorts {
  /** Shows the tray icon with this menu; a click on the icon (where there is one) opens the window. */
  createTray(menu: MenuItemConstructorOptions[], onClick: () => void): TrayHandle;
  applyStartAtLogin(enabled: boolean): void | Promise<void>;
  showWindow(): void;
  quit(): void;
  log(message: string, detail?: unknown): void;
}

export type BackgroundSettings = Pick<AppSettings, 'keepRunningInTray' | 'startAtLogin'>;

export function trayMenuTemplate(actions: { open(): void; quit(): void }): MenuItemConstructorOptions[] {
  return [
    { label: 'Open StudyPath', click: () => actions.open() },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

export class BackgroundMode {
  private tray: TrayHandle | null = null;
  private loginItem: boolean | null = null;
  private quitting = false;

  constructor(private readonly ports: BackgroundModePorts) {}

  /** Applies what changed since the last call; calling it with the same settings does nothing. */
  apply(settings: BackgroundSettings): void {
    if (settings.keepRunningInTray && this.tray === null) this.showTray();
    if (!settings.keepRunningInTray && this.tray !== null) {
      this.tray.destroy();
      this.tray = null;
    }
    if (settings.startAtLogin !== this.loginItem) {
      this.loginItem = settings.startAtLogin;
      void Promise.resolve(this.ports.applyStartAtLogin(settings.startAtLogin)).catch((error: unknown) =>
        this.ports.log('start at login could not be changed', error),
      );
    }
  }

  /** True while the tray keeps the app running: closing the window then only hides it. */
  get inTray(): boolean {
    return this.tray !== null;
  }

  /** Closing the window hides it while in the tray, unless the person is quitting. */
  hidesWindowOnClose(): boolean {
    return this.tray !== null && !this.quitting;
  }

  /** Started by the desktop at login, with the tray on: stay there until asked for the window. */
  startsHidden(startedAtLogin: boolean): boolean {
    return startedAtLogin && this.tray !== null;
  }

  /** The app is quitting (menu, tray, system shutdown): windows may close for real now. */
  markQuitting(): void {
    this.quitting = true;
  }

  dispose(): void {
    this.tray?.destroy();
    this.tray = null;
  }

  private showTray(): void {
    const menu = trayMenuTemplate({
      open: () => this.ports.showWindow(),
      quit: () => {
        this.markQuitting();
        this.ports.quit();
      },
    });
    try {
      this.tray = this.ports.createTray(menu, () => this.ports.showWindow());
    } catch (error) {
      // Without a tray icon there is no way back to a hidden window: keep closing it normally.
      this.ports.log('the tray icon could not be shown', error);
      this.tray = null;
    }
  }
}
