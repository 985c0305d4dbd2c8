import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen appears, so keyboard and screen-reader users
 * land at the top of the new content instead of staying on the link they followed.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-title">
      {children}
    </h1>
  );
}
