import type { Nodes, Root } from 'mdast';

/** HTML that can run code or pull in another page when the markdown is displayed. */
const SCRIPT_BEARING_TAG =
  /<\s*\/?\s*(script|iframe|frame|frameset|object|embed|applet|base|meta|form|svg|math|style|link)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const SCRIPT_SCHEME = /(?<![a-z])(javascript|vbscript|data)\s*:/i;

/** Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so does this check. */
function schemeOf(url: string): string | null {
  const compact = [...url].filter((char) => char > ' ' && char !== '\u007f').join('');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match?.[1]?.toLowerCase() ?? null;
}

const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

const SCHEME_CHARACTER_NAMES: Record<string, string> = { colon: ':', tab: '', newline: '' };

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Attribute values as a browser reads them: "jav&#x61;script&colon;" is a javascript: URL, and
 * URLs ignore tabs and line breaks. Only the references that can spell a scheme are decoded.
 */
function asBrowserReadsAttributes(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) => fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_match, decimal: string) => fromCodePoint(Number.parseInt(decimal, 10)))
    .replace(/&(colon|tab|newline);/gi, (_match, name: string) => SCHEME_CHARACTER_NAMES[name.toLowerCase()] ?? '')
    .replace(/[\t\n\r]/g, '');
}

function describeHtml(value: string): string | null {
  const tag = SCRIPT_BEARING_TAG.exec(value);
  if (tag?.[1]) return `a <${tag[1].toLowerCase()}> element`;
  if (EVENT_HANDLER.test(value)) return 'an HTML event handler (on...=)';
  const scheme = SCRIPT_SCHEME.exec(asBrowserReadsAttributes(value));
  if (scheme?.[1]) return `a ${scheme[1].toLowerCase()}: link in HTML`;
  return null;
}

function describeNode(node: Nodes): string | null {
  if (node.type === 'html') return describeHtml(node.value);
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    const scheme = schemeOf(node.url);
    if (scheme !== null && UNSAFE_SCHEMES.has(scheme)) {
      return `a ${scheme}: ${node.type === 'image' ? 'image' : 'link'}`;
    }
  }
  return null;
}

/**
 * The first piece of content that could run code when shown, or null. The app never renders
 * raw HTML, but a file that carries scripts is refused outright rather than half-imported.
 */
export function findUnsafeContent(tree: Root): string | null {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    const found = describeNode(node);
    if (found !== null) return found;
    if ('children' in node) pending.push(...[...(node.children as Nodes[])].reverse());
  }
  return null;
}
