import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../shared/contract';
import type { BackupInfo } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import {
  createCommandRunner,
  createCommandSources,
  ECHO_WINDOW_MS,
  type CommandDeps,
} from '../../../renderer/src/app/commands';
import { shortcutFor, type KeyPress } from '../../../renderer/src/app/shortcuts';
import type { Route } from '../../../renderer/src/navigation/routes';

const backup: BackupInfo = {
  fileName: 'studypath-2026-03-04.sqlite',
  kind: 'manual',
  createdAt: '2026-03-04T10:00:00.000Z',
  sizeBytes: 1024,
};

function harness(route: Route, overrides: Partial<CommandDeps> = {}) {
  let current = route;
  const deps = {
    currentRoute: () => current,
    navigate: vi.fn((next: Route) => {
      current = next;
    }),
    pathOfPlan: vi.fn((planId: number) => (planId === 7 ? 'support-engineer' : null)),
    importCareerPaths: vi.fn(async () => undefined),
    exportPlanPdf: vi.fn(async () => undefined),
    backupNow: vi.fn(async (): Promise<Result<BackupInfo>> => ok(backup)),
    undo: vi.fn(async () => true),
    redo: vi.fn(async () => true),
    showShortcuts: vi.fn(),
    focusLibrarySearch: vi.fn(),
    editText: vi.fn(() => false),
    commitTyping: vi.fn(),
    isModalOpen: vi.fn(() => false),
    notify: vi.fn(),
    ...overrides,
  } satisfies CommandDeps;
  return { deps, run: createCommandRunner(deps), route: () => current };
}

describe('app commands', () => {
  it('starts a new plan from the path on screen', () => {
    const { run, route } = harness({ screen: 'path', pathId: 'cloud-engineer' });
    run('new-plan');
    expect(route()).toEqual({ screen: 'new-plan', pathId: 'cloud-engineer' });
  });

  it('starts a new plan from the path of the plan on screen', () => {
    const { run, route } = harness({ screen: 'plan', planId: 7 });
    run('new-plan');
    expect(route()).toEqual({ screen: 'new-plan', pathId: 'support-engineer' });
  });

  it('sends a new plan with no path in view to the library, saying what to do there', () => {
    const { run, route, deps } = harness({ screen: 'upcoming' });
    run('new-plan');
    expect(route()).toEqual({ screen: 'library' });
    expect(deps.notify).toHaveBeenCalledWith('info', expect.stringMatching(/choose a career path/i));
  });

  it('imports files or a folder from the library, where the results are shown', () => {
    const { run, route, deps } = harness({ screen: 'about' });
    run('import-files');
    expect(route()).toEqual({ screen: 'library' });
    expect(deps.importCareerPaths).toHaveBeenLastCalledWith({ folder: false });
    run('import-folder');
    expect(deps.importCareerPaths).toHaveBeenLastCalledWith({ folder: true });
    expect(deps.navigate).toHaveBeenCalledTimes(1);
  });

  it('exports the open plan, and explains itself anywhere else', () => {
    const onPlan = harness({ screen: 'plan', planId: 7 });
    onPlan.run('export-pdf');
    expect(onPlan.deps.exportPlanPdf).toHaveBeenCalledOnce();

    const elsewhere = harness({ screen: 'library' });
    elsewhere.run('export-pdf');
    expect(elsewhere.deps.exportPlanPdf).not.toHaveBeenCalled();
    expect(elsewhere.deps.notify).toHaveBeenCalledWith('info', 'Open a plan to export it as a PDF.');
  });

  it('backs up and says where, or why not', async () => {
    const good = harness({ screen: 'library' });
    good.run('back-up-now');
    await vi.waitFor(() =>
      expect(good.deps.notify).toHaveBeenCalledWith('success', expect.stringContaining(backup.fileName)),
    );

    const bad = harness(
      { screen: 'library' },
      { backupNow: async () => fail('storage-failed', 'The disk is full.') },
    );
    bad.run('back-up-now');
    await vi.waitFor(() =>
      expect(bad.deps.notify).toHaveBeenCalledWith('error', expect.stringContaining('The disk is full.')),
    );
  });

  it('goes to the library and focuses its search box to find something', () => {
    const { run, route, deps } = harness({ screen: 'plan', planId: 7 });
    run('find');
    expect(route()).toEqual({ screen: 'library' });
    expect(deps.focusLibrarySearch).toHaveBeenCalledOnce();
  });

  it.each<[AppCommand, Route]>([
    ['preferences', { screen: 'preferences' }],
    ['about', { screen: 'about' }],
    ['go-library', { screen: 'library' }],
    ['go-upcoming', { screen: 'upcoming' }],
  ])('%s opens its screen, letting the focused field save first', (command, expected) => {
    const { run, route, deps } = harness({ screen: 'plan', planId: 7 });
    run(command);
    expect(route()).toEqual(expected);
    expect(deps.commitTyping).toHaveBeenCalled();
  });

  it('undoes and redoes the last change when no text field has focus', () => {
    const { run, deps } = harness({ screen: 'plan', planId: 7 });
    run('undo');
    run('redo');
    expect(deps.undo).toHaveBeenCalledOnce();
    expect(deps.redo).toHaveBeenCalledOnce();
  });

  it('leaves undo to the text field being edited', () => {
    const { run, deps } = harness({ screen: 'plan', planId: 7 }, { editText: vi.fn(() => true) });
    run('undo');
    expect(deps.editText).toHaveBeenCalledWith('undo');
    expect(deps.undo).not.toHaveBeenCalled();
  });

  it('opens the shortcut cheat sheet', () => {
    const { run, deps } = harness({ screen: 'library' });
    run('shortcuts');
    expect(deps.showShortcuts).toHaveBeenCalledOnce();
  });

  it('does nothing while a dialog waits for an answer', () => {
    const { run, route, deps } = harness({ screen: 'plan', planId: 7 }, { isModalOpen: () => true });
    run('go-library');
    run('undo');
    expect(route()).toEqual({ screen: 'plan', planId: 7 });
    expect(deps.undo).not.toHaveBeenCalled();
  });
});

describe('where commands come from', () => {
  it('runs a menu command once when the page already handled the same key', () => {
    let now = 1000;
    const run = vi.fn();
    const sources = createCommandSources(run, () => now);
    sources.fromKeyboard('go-library');
    now += 20;
    sources.fromHost('go-library');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores the menu’s undo when the text field took the key for its own undo', () => {
    const run = vi.fn();
    const sources = createCommandSources(run, () => 0);
    sources.leftToTextField('undo');
    sources.fromHost('undo');
    expect(run).not.toHaveBeenCalled();
  });

  it('runs menu commands chosen with the mouse, or long after a key', () => {
    let now = 0;
    const run = vi.fn();
    const sources = createCommandSources(run, () => now);
    sources.fromHost('about');
    sources.fromKeyboard('go-library');
    now += ECHO_WINDOW_MS + 1;
    sources.fromHost('go-library');
    sources.fromHost('shortcuts');
    expect(run.mock.calls.map(([command]) => command)).toEqual([
      'about',
      'go-library',
      'go-library',
      'shortcuts',
    ]);
  });
});

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('keyboard shortcuts', () => {
  it('use Ctrl on Windows and Linux, Cmd on macOS', () => {
    expect(shortcutFor(press('n', { ctrlKey: true }), false)?.command).toBe('new-plan');
    expect(shortcutFor(press('n', { metaKey: true }), true)?.command).toBe('new-plan');
    expect(shortcutFor(press('n', { metaKey: true }), false)).toBeNull();
    expect(shortcutFor(press('n', { ctrlKey: true }), true)).toBeNull();
  });

  it('tell undo from the two ways to redo', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }), false)?.command).toBe('undo');
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }), false)?.command).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }), false)?.command).toBe('redo');
  });

  it('open the cheat sheet with ? or Ctrl+/, and leave a typed ? to text fields', () => {
    const questionMark = shortcutFor(press('?', { shiftKey: true }), false);
    expect(questionMark?.command).toBe('shortcuts');
    expect(questionMark?.whileTyping).toBe(false);
    expect(shortcutFor(press('/', { ctrlKey: true, code: 'Slash' }), false)?.command).toBe('shortcuts');
  });

  it('find the digit keys by position on layouts where they type something else', () => {
    expect(shortcutFor(press('&', { ctrlKey: true, code: 'Digit1' }), false)?.command).toBe('go-library');
    expect(shortcutFor(press('2', { ctrlKey: true, code: 'Digit2' }), false)?.command).toBe('go-upcoming');
  });

  it('ignore AltGr chords and plain letters', () => {
    expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(shortcutFor(press('n'), false)).toBeNull();
  });
});
