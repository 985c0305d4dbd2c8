/**
 * "Start StudyPath when I log in": a login item on Windows and macOS, an XDG autostart entry
 * on Linux. Only the installed app registers itself; a development run would register the
 * bare Electron binary.
 */
import { app } from 'electron';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { linuxAutostartEntry, STARTED_AT_LOGIN_ARG } from './autostart-entry';
import { logMain } from './log';

/** What the desktop runs at login: the AppImage itself when run from one (its mount point changes). */
function linuxLoginCommand(): string[] {
  return [process.env['APPIMAGE'] ?? process.execPath, STARTED_AT_LOGIN_ARG];
}

async function applyLinuxAutostart(enabled: boolean): Promise<void> {
  const entry = linuxAutostartEntry(process.env, homedir(), linuxLoginCommand());
  if (!enabled) {
    await rm(entry.path, { force: true });
    return;
  }
  const current = await readFile(entry.path, 'utf8').catch(() => null);
  if (current === entry.text) return;
  await mkdir(dirname(entry.path), { recursive: true });
  await writeFile(entry.path, entry.text, 'utf8');
}

export async function applyStartAtLogin(enabled: boolean): Promise<void> {
  if (!app.isPackaged) {
    if (enabled) logMain('start at login is set, but only an installed StudyPath registers itself');
    return;
  }
  try {
    if (process.platform === 'linux') await applyLinuxAutostart(enabled);
    else if (process.platform === 'win32') {
      app.setLoginItemSettings({ openAtLogin: enabled, args: [STARTED_AT_LOGIN_ARG] });
    } else app.setLoginItemSettings({ openAtLogin: enabled });
  } catch (error) {
    logMain('start at login could not be changed', error);
  }
}

/** True when the desktop started this StudyPath at login rather than the person. */
export function wasStartedAtLogin(): boolean {
  if (process.argv.includes(STARTED_AT_LOGIN_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
