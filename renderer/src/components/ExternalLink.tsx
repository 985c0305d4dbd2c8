import type { ReactNode } from 'react';
import { isSafeExternalUrl } from '../../../shared/links';
import { planner } from '../api';
import { notify } from '../app/appStores';

async function openInBrowser(url: string): Promise<void> {
  const result = await planner.openExternal({ url });
  if (!result.ok) notify('error', result.error.message);
}

/**
 * A link from career content. Only http(s) links can be followed, and only in the system
 * browser; anything else is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (href === undefined || !isSafeExternalUrl(href))
    return <span className="plain-link-text">{children}</span>;
  return (
    <a
      href={href}
      className="external-link"
      rel="noreferrer noopener"
      title={href}
      onClick={(event) => {
        event.preventDefault();
        void openInBrowser(href);
      }}
    >
      {children}
      <span className="sr-only"> (opens in your browser)</span>
    </a>
  );
}
