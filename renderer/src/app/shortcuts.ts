/**
 * The page's keyboard shortcuts: the same chords as the application menu, so they work in the
 * browser host too. Pure data and matching; the DOM listener lives in connectCommands.ts.
 */
import type { AppCommand } from '../../../shared/contract';

/** The parts of a keydown event a shortcut depends on. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface Chord {
  /** Compared case-insensitively with `KeyboardEvent.key`. */
  key: string;
  /** Also accepted: the physical key, for layouts where the digit row types something else. */
  code?: string;
  /** Cmd on macOS, Ctrl elsewhere. */
  mod: boolean;
  shift?: boolean;
}

export interface Shortcut {
  command: AppCommand;
  label: string;
  chords: Chord[];
  /** False when the chord means something to a text field (its own undo, a typed "?"). */
  whileTyping: boolean;
}

const mod = (key: string, extra: Partial<Chord> = {}): Chord => ({ key, mod: true, ...extra });

export const shortcuts: readonly Shortcut[] = [
  { command: 'new-plan', label: 'New plan', chords: [mod('n')], whileTyping: true },
  { command: 'find', label: 'Search the library', chords: [mod('f')], whileTyping: true },
  {
    command: 'go-library',
    label: 'Go to the library',
    chords: [mod('1', { code: 'Digit1' })],
    whileTyping: true,
  },
  {
    command: 'go-upcoming',
    label: 'Go to upcoming and overdue',
    chords: [mod('2', { code: 'Digit2' })],
    whileTyping: true,
  },
  { command: 'undo', label: 'Undo the last tick, edit or deletion', chords: [mod('z')], whileTyping: false },
  { command: 'redo', label: 'Redo', chords: [mod('z', { shift: true }), mod('y')], whileTyping: false },
  { command: 'import-files', label: 'Import career-path files', chords: [mod('o')], whileTyping: true },
  {
    command: 'import-folder',
    label: 'Import a folder of career paths',
    chords: [mod('o', { shift: true })],
    whileTyping: true,
  },
  {
    command: 'export-pdf',
    label: 'Export the open plan as a PDF',
    chords: [mod('e', { shift: true })],
    whileTyping: true,
  },
  { command: 'preferences', label: 'Preferences', chords: [mod(',', { code: 'Comma' })], whileTyping: true },
  {
    command: 'shortcuts',
    label: 'Show keyboard shortcuts',
    chords: [{ key: '?', mod: false }, mod('/', { code: 'Slash' })],
    whileTyping: false,
  },
];

function matches(chord: Chord, press: KeyPress, isMac: boolean): boolean {
  const sameKey =
    press.key.toLowerCase() === chord.key || (chord.code !== undefined && press.code === chord.code);
  if (!sameKey || press.altKey) return false;
  const modDown = isMac ? press.metaKey : press.ctrlKey;
  const otherDown = isMac ? press.ctrlKey : press.metaKey;
  if (otherDown) return false;
  // "?" needs Shift on most layouts, so Shift is not part of it; with a modifier it must match.
  if (!chord.mod) return !modDown;
  return modDown && press.shiftKey === (chord.shift ?? false);
}

export function shortcutFor(press: KeyPress, isMac: boolean): Shortcut | null {
  return shortcuts.find((shortcut) => shortcut.chords.some((chord) => matches(chord, press, isMac))) ?? null;
}

/** How a chord is written on this platform, e.g. "⌘ ⇧ Z" or "Ctrl + Shift + Z", as separate keys. */
export function chordKeys(chord: Chord, isMac: boolean): string[] {
  const keys: string[] = [];
  if (chord.mod) keys.push(isMac ? '⌘' : 'Ctrl');
  if (chord.shift === true) keys.push(isMac ? '⇧' : 'Shift');
  keys.push(chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return keys;
}

/** Keys of the plan checklist, for the cheat sheet; the checklist handles them itself. */
export function checklistKeys(isMac: boolean): { keys: string[][]; label: string }[] {
  return [
    { keys: [['↑'], ['↓']], label: 'Move to the previous or next item' },
    { keys: [['Home'], ['End']], label: 'Move to the first or last item' },
    { keys: [['Space']], label: 'Tick or untick the item' },
    { keys: [['Enter']], label: 'Show or hide the item’s details' },
    {
      keys: isMac ? [['Delete'], ['⌫']] : [['Delete']],
      label: 'Delete the item (after you confirm)',
    },
    {
      keys: [
        ['Alt', '↑'],
        ['Alt', '↓'],
      ],
      label: 'Move the item earlier or later in the study order',
    },
    { keys: [['Esc']], label: 'Close a dialog' },
  ];
}
