/** Characters that Windows, macOS or Linux refuse (or treat specially) in a file name. */
// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_BASE_NAME_LENGTH = 120;

/** A save-dialog default like "My cloud plan.pdf", safe on every desktop OS. */
export function suggestPdfFileName(planName: string): string {
  const base = planName
    .replace(FORBIDDEN_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_BASE_NAME_LENGTH)
    // Windows silently drops trailing dots and spaces, which would change the name.
    .replace(/[.\s]+$/, '')
    .replace(/^\.+/, '');
  const safeBase = base === '' || WINDOWS_RESERVED_NAMES.test(base) ? 'Study plan' : base;
  return `${safeBase}.pdf`;
}
