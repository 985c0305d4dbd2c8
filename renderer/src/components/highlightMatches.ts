/**
 * Splits text into the parts that match a search's words and the parts that do not. Like the
 * library search, a word matches at the start of a word: "jir" marks "Jira", "aws" not "laws".
 */
export interface TextPart {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlightMatches(text: string, query: string): TextPart[] {
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))]
    // Longest first, so "security+" wins over "security" where both match.
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (words.length === 0) return text === '' ? [] : [{ text, match: false }];
  // With one capturing group, split puts every match at an odd index.
  return text
    .split(new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})`, 'giu'))
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
