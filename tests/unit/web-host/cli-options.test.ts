import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../scripts/web-host/cli-options';
import { defaultUserDataDir } from '../../../scripts/web-host/user-data-dir';

describe('browser host command line', () => {
  it('defaults to a free port, the app data folder and opening the browser', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: { port: 0, dataDir: undefined, openBrowser: true },
    });
  });

  it('accepts every flag in both spellings', () => {
    expect(parseCliArgs(['--port', '5180', '--data-dir', '/tmp/sp', '--no-open'])).toEqual({
      kind: 'run',
      options: { port: 5180, dataDir: '/tmp/sp', openBrowser: false },
    });
    expect(parseCliArgs(['--port=0', '--data-dir=/tmp/x'])).toEqual({
      kind: 'run',
      options: { port: 0, dataDir: '/tmp/x', openBrowser: true },
    });
  });

  it.each([
    [['--port']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--data-dir']],
    [['--data-dir=']],
    [['--no-open=yes']],
    [['--verbose']],
    [['serve']],
  ])('refuses %j with a message', (argv) => {
    expect(parseCliArgs(argv).kind).toBe('error');
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('default data folder, the same one the desktop app uses', () => {
  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/StudyPath');
    expect(defaultUserDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/StudyPath');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultUserDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/StudyPath',
    );
    expect(
      defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\StudyPath');
  });
});
