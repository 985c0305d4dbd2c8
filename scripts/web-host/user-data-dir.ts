import os from 'node:os';
import path from 'node:path';

/** The product name Electron uses for `app.getPath('userData')`. */
const APP_FOLDER = 'StudyPath';

/**
 * The folder the desktop app keeps its database in, so the browser host can open the same
 * plans. Mirrors Electron's `appData` rules for each platform.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  homeDir: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(homeDir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support', APP_FOLDER);
  const configHome =
    env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== ''
      ? env.XDG_CONFIG_HOME
      : path.posix.join(homeDir, '.config');
  return path.posix.join(configHome, APP_FOLDER);
}
