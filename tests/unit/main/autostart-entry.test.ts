import { describe, expect, it } from 'vitest';
import {
  autostartEntryPath,
  autostartEntryText,
  execLine,
  linuxAutostartEntry,
  STARTED_AT_LOGIN_ARG,
} from '../../../electron/main/autostart-entry';

/**
 * Reads an Exec value back the way the Desktop Entry specification says a desktop does:
 * string escapes first, then `%%`, then arguments split on spaces with double-quoted parts.
 */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\([\\nts])/g, (_, code: string) =>
    code === 'n' ? '\n' : code === 't' ? '\t' : code === 's' ? ' ' : '\\',
  );
  expect(unescaped.replace(/%%/g, '')).not.toMatch(/%/);
  const text = unescaped.replace(/%%/g, '%');
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (inQuotes && char === '\\') {
      current += text[index + 1] ?? '';
      index += 1;
    } else if (char === '"') {
      inQuotes = !inQuotes;
      started = true;
    } else if (char === ' ' && !inQuotes) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

function execOf(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.startsWith('Exec='));
  return line?.slice('Exec='.length) ?? '';
}

describe('the Linux autostart entry', () => {
  it('lives in ~/.config/autostart when XDG_CONFIG_HOME is not set', () => {
    expect(autostartEntryPath({}, '/home/ada')).toBe('/home/ada/.config/autostart/studypath.desktop');
  });

  it('honours XDG_CONFIG_HOME, but only an absolute one', () => {
    expect(autostartEntryPath({ XDG_CONFIG_HOME: '/data/config' }, '/home/ada')).toBe(
      '/data/config/autostart/studypath.desktop',
    );
    expect(autostartEntryPath({ XDG_CONFIG_HOME: 'relative/config' }, '/home/ada')).toBe(
      '/home/ada/.config/autostart/studypath.desktop',
    );
    expect(autostartEntryPath({ XDG_CONFIG_HOME: '' }, '/home/ada')).toBe(
      '/home/ada/.config/autostart/studypath.desktop',
    );
  });

  it('starts the installed app, marked as started at login', () => {
    const entry = linuxAutostartEntry({}, '/home/ada', ['/opt/StudyPath/studypath', STARTED_AT_LOGIN_ARG]);
    expect(entry).toEqual({
      path: '/home/ada/.config/autostart/studypath.desktop',
      text: [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=StudyPath',
        'Comment=Keeps your study reminders coming after you log in',
        'Exec=/opt/StudyPath/studypath --started-at-login',
        'Icon=studypath',
        'Terminal=false',
        'Categories=Education;',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    });
  });

  it('quotes and escapes program paths so the desktop reads back exactly the same arguments', () => {
    const awkward = [
      ['/home/ada/Apps/Study Path.AppImage', STARTED_AT_LOGIN_ARG],
      ['/home/ada/$HOME/"quoted"/back\\slash/app', '--started-at-login'],
      ['/home/ada/100% done/app`x`', '/path/with;semicolon'],
      ['/home/ada/tab\there/new\nline'],
    ];
    for (const command of awkward) {
      const text = autostartEntryText(command);
      expect(text.split('\n').filter((line) => line.startsWith('Exec='))).toHaveLength(1);
      expect(parseExec(execOf(text))).toEqual(command);
    }
    expect(execLine(['/home/ada/Apps/Study Path.AppImage'])).toBe('"/home/ada/Apps/Study Path.AppImage"');
    expect(execLine(['/a/$b'])).toBe('"/a/\\\\$b"');
    expect(execLine(['/a/100%'])).toBe('/a/100%%');
  });
});
