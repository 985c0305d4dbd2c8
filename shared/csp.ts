/** The page's Content-Security-Policy, sent as a header by both hosts as well as declared in index.html. */

/**
 * Used when the built index.html carries no Content-Security-Policy of its own: nothing but
 * the app's own origin, no inline script, no remote anything.
 */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const META_TAG = /<meta\b[^>]*>/gi;
const CSP_EQUIV = /\bhttp-equiv\s*=\s*(["'])Content-Security-Policy\1/i;
const CONTENT_ATTR = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** The renderer declares its policy in a meta tag; the host sends the very same policy as a header. */
export function cspFromIndexHtml(html: string): string {
  for (const [tag] of html.matchAll(META_TAG)) {
    if (!CSP_EQUIV.test(tag)) continue;
    const content = CONTENT_ATTR.exec(tag);
    const declared = (content?.[1] ?? content?.[2] ?? '').trim();
    if (declared !== '') return declared;
  }
  return FALLBACK_CSP;
}
