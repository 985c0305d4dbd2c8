import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { BackgroundMode, type BackgroundSettings } from '../../../electron/main/background-mode';

function harness(options: { trayFails?: boolean } = {}) {
  const calls: string[] = [];
  const logged: string[] = [];
  let menu: MenuItemConstructorOptions[] = [];
  let trayClick: () => void = () => undefined;
  const mode = new BackgroundMode({
    createTray: (template, onClick) => {
      if (options.trayFails === true) throw new Error('no tray on this desktop');
      calls.push('tray shown');
      menu = template;
      trayClick = onClick;
      return { destroy: () => void calls.push('tray removed') };
    },
    applyStartAtLogin: (enabled) => void calls.push(`start at login ${enabled ? 'on' : 'off'}`),
    showWindow: () => void calls.push('window shown'),
    quit: () => void calls.push('quit'),
    log: (message) => void logged.push(message),
  });
  const choose = (label: string) => {
    const item = menu.find((entry) => entry.label === label);
    item?.click?.(undefined as never, undefined, undefined as never);
  };
  return { mode, calls, logged, choose, clickTray: () => trayClick(), menu: () => menu };
}

const settings = (keepRunningInTray: boolean, startAtLogin: boolean): BackgroundSettings => ({
  keepRunningInTray,
  startAtLogin,
});

describe('running in the background', () => {
  it('by default shows no tray and lets the window close normally', () => {
    const { mode, calls } = harness();
    mode.apply(settings(false, false));
    expect(calls).toEqual(['start at login off']);
    expect(mode.inTray).toBe(false);
    expect(mode.hidesWindowOnClose()).toBe(false);
    expect(mode.startsHidden(true)).toBe(false);
  });

  it('with the tray on, hides the window on close until the person quits', () => {
    const { mode, calls, choose, menu } = harness();
    mode.apply(settings(true, false));
    expect(calls).toContain('tray shown');
    expect(menu().map((entry) => entry.label ?? entry.type)).toEqual(['Open StudyPath', 'separator', 'Quit']);
    expect(mode.hidesWindowOnClose()).toBe(true);

    choose('Quit');
    expect(calls.at(-1)).toBe('quit');
    expect(mode.hidesWindowOnClose()).toBe(false);
  });

  it('opens the window from the tray menu and from a click on the icon', () => {
    const { mode, calls, choose, clickTray } = harness();
    mode.apply(settings(true, false));
    choose('Open StudyPath');
    clickTray();
    expect(calls.filter((call) => call === 'window shown')).toHaveLength(2);
  });

  it('starts hidden in the tray only when started at login with the tray on', () => {
    const { mode } = harness();
    mode.apply(settings(true, true));
    expect(mode.startsHidden(true)).toBe(true);
    expect(mode.startsHidden(false)).toBe(false);
  });

  it('applies only what changed when the settings change', () => {
    const { mode, calls } = harness();
    mode.apply(settings(false, false));
    mode.apply(settings(true, true));
    mode.apply(settings(true, true));
    mode.apply(settings(false, true));
    mode.apply(settings(false, false));
    expect(calls).toEqual([
      'start at login off',
      'tray shown',
      'start at login on',
      'tray removed',
      'start at login off',
    ]);
    expect(mode.hidesWindowOnClose()).toBe(false);
  });

  it('keeps closing the window normally when the desktop has no tray to show', () => {
    const { mode, logged } = harness({ trayFails: true });
    mode.apply(settings(true, false));
    expect(logged).toEqual(['the tray icon could not be shown']);
    expect(mode.inTray).toBe(false);
    expect(mode.hidesWindowOnClose()).toBe(false);
    expect(mode.startsHidden(true)).toBe(false);
  });

  it('lets the window close for real once the app is quitting some other way', () => {
    const { mode } = harness();
    mode.apply(settings(true, false));
    mode.markQuitting();
    expect(mode.hidesWindowOnClose()).toBe(false);
  });
});
