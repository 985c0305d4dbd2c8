import { createElement, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { withoutLeadingHeading } from '../lib/markdownText';
import { ExternalLink } from './ExternalLink';

/** Headings inside a section sit below the section's own h2. */
function headingAt(level: number) {
  const tag = `h${Math.min(6, Math.max(3, level))}`;
  return function MarkdownHeading({ children }: { children?: ReactNode }) {
    return createElement(tag, null, children);
  };
}

const components: Components = {
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
  // Content never loads images (nothing remote, ever); the alternative text says what was there.
  img: ({ alt }) => (alt ? <span className="image-alt">[{alt}]</span> : null),
  h1: headingAt(1),
  h2: headingAt(2),
  h3: headingAt(3),
  h4: headingAt(4),
  h5: headingAt(5),
  h6: headingAt(6),
};

/**
 * Career-path markdown rendered as React elements: raw HTML is skipped, never injected.
 * `repeatedHeading` drops a first heading that only repeats the section title shown above it.
 */
export function MarkdownContent({
  markdown,
  repeatedHeading,
}: {
  markdown: string;
  repeatedHeading?: string;
}) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {repeatedHeading === undefined ? markdown : withoutLeadingHeading(markdown, repeatedHeading)}
      </Markdown>
    </div>
  );
}
