/**
 * Start at login on Linux: an XDG autostart entry (a .desktop file in
 * `$XDG_CONFIG_HOME/autostart`) that desktops run when the person logs in. Pure, so the file's
 * place and text can be tested without a desktop.
 */
import { posix } from 'node:path';

/** Tells a StudyPath started by the desktop at login that nobody asked for its window. */
export const STARTED_AT_LOGIN_ARG = '--started-at-login';

export const AUTOSTART_FILE_NAME = 'studypath.desktop';

export interface AutostartEntry {
  path: string;
  text: string;
}

/**
 * `$XDG_CONFIG_HOME/autostart/studypath.desktop`; the base directory specification says to
 * ignore XDG_CONFIG_HOME unless it is an absolute path, and to use ~/.config then.
 */
export function autostartEntryPath(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const configured = env['XDG_CONFIG_HOME'];
  const configHome =
    configured !== undefined && posix.isAbsolute(configured) ? configured : posix.join(homeDir, '.config');
  return posix.join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/** Characters that make the Desktop Entry specification require an argument to be quoted. */
const NEEDS_QUOTES = /[\s"'\\><~|&;$*?#`()]/;

/**
 * One argument of an Exec line. Inside double quotes `"`, `` ` ``, `$` and `\` take a
 * backslash; the value is then a desktop-entry string, whose own escaping doubles every
 * backslash again, and `%` (a field code) is written `%%`.
 */
function execArgument(argument: string): string {
  const quoted = NEEDS_QUOTES.test(argument) ? `"${argument.replace(/(["`$\\])/g, '\\$1')}"` : argument;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

export function execLine(command: readonly string[]): string {
  return command.map(execArgument).join(' ');
}

/** The entry's text for `command` (the program, then its arguments). */
export function autostartEntryText(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=StudyPath',
    'Comment=Keeps your study reminders coming after you log in',
    `Exec=${execLine(command)}`,
    'Icon=studypath',
    'Terminal=false',
    'Categories=Education;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function linuxAutostartEntry(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
  command: readonly string[],
): AutostartEntry {
  return { path: autostartEntryPath(env, homeDir), text: autostartEntryText(command) };
}
