import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../shared/contract';
import { buildMenuTemplate } from '../../../electron/main/app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function menu(isMac: boolean) {
  const sent: AppCommand[] = [];
  const items = flatten(buildMenuTemplate({ isMac, isDevelopment: false, send: (c) => sent.push(c) }));
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (item?.click === undefined) throw new Error(`no menu item "${label}"`);
    (item.click as () => void)();
  };
  return { items, sent, click };
}

describe('the application menu', () => {
  it('has the usual commands with their usual shortcuts', () => {
    const { items } = menu(false);
    const shortcut = (label: string) => items.find((i) => i.label === label)?.accelerator;
    expect(shortcut('New Plan…')).toBe('CmdOrCtrl+N');
    expect(shortcut('Import Career Paths…')).toBe('CmdOrCtrl+O');
    expect(shortcut('Export Plan as PDF…')).toBe('CmdOrCtrl+Shift+E');
    expect(shortcut('Preferences…')).toBe('CmdOrCtrl+,');
    expect(shortcut('Undo')).toBe('CmdOrCtrl+Z');
    expect(shortcut('Redo')).toBe('Ctrl+Y');
    expect(shortcut('Keyboard Shortcuts')).toBe('CmdOrCtrl+/');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
    expect(roles).not.toContain('toggleDevTools');
  });

  it('sends page commands to the page', () => {
    const { sent, click } = menu(false);
    click('New Plan…');
    click('Undo');
    click('About StudyPath');
    expect(sent).toEqual(['new-plan', 'undo', 'about']);
  });

  it('follows macOS conventions there: an app menu with About and Settings, Redo on Shift+Cmd+Z', () => {
    const { items } = menu(true);
    expect(items[0]?.label).toBe('StudyPath');
    expect(items.find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(items.find((i) => i.label === 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(items.filter((i) => i.label === 'About StudyPath')).toHaveLength(1);
  });
});
