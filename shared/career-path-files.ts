/** Which files are career-path documents, shared by every way of importing them. */

/** Most markdown files imported from one folder (a folder with more is refused as a whole). */
export const MAX_FOLDER_FILES = 200;

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;

export function isMarkdownFileName(name: string): boolean {
  return MARKDOWN_EXTENSION.test(name);
}

/** A markdown file a folder import takes: hidden files (".draft.md") are left out. */
export function isFolderCareerPathFile(name: string): boolean {
  return !name.startsWith('.') && isMarkdownFileName(name);
}
