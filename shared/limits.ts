/**
 * Size limits the page checks before sending a file and the back end enforces. Kept apart from
 * the contract's schemas so the page's bundle does not carry the validation library.
 */

/** 1 MB: real career-path documents are around 40 KB, and parsing time grows with size. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** Largest data export StudyPath reads back (a lifetime of plans is a few MB). */
export const MAX_DATA_IMPORT_BYTES = 50 * 1024 * 1024;
