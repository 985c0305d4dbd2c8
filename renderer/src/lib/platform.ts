/** macOS uses Cmd where other systems use Ctrl, and Backspace where they use Delete. */
export const isMac: boolean = /Mac|iPhone|iPad/.test(navigator.platform);
