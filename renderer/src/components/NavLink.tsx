import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { navigationStore } from '../app/appStores';
import { routeToHash, type Route } from '../navigation/routes';

/** A sidebar link; a plain anchor, because the hash is the route. */
export function NavLink({
  route,
  children,
  className,
}: {
  route: Route;
  children: ReactNode;
  className?: string;
}) {
  const current = useStore(navigationStore, (s) => s.route);
  const active = isWithin(current, route);
  return (
    <a
      href={routeToHash(route)}
      className={['nav-link', className, active ? 'active' : undefined].filter(Boolean).join(' ')}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </a>
  );
}

/** The library stays highlighted while a path from it (or a new plan for it) is open. */
function isWithin(current: Route, target: Route): boolean {
  if (target.screen === 'library') {
    return current.screen === 'library' || current.screen === 'path' || current.screen === 'new-plan';
  }
  return routeToHash(current) === routeToHash(target);
}
