import { useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PathDetail } from '../../../shared/domain';
import { pathStore } from '../app/appStores';
import { LoadError, Loading } from './LoadState';

/** Opens a career path and renders `children` with it once loaded, or the loading/error state. */
export function WithOpenPath({
  pathId,
  children,
}: {
  pathId: string;
  children: (path: PathDetail) => ReactNode;
}) {
  const path = useStore(pathStore, (s) => (s.pathId === pathId ? s.path : null));
  const status = useStore(pathStore, (s) => s.status);
  const error = useStore(pathStore, (s) => s.error);

  useEffect(() => {
    void pathStore.getState().open(pathId);
  }, [pathId]);

  if (status === 'error' && error !== null)
    return <LoadError title="This path could not be opened" message={error} />;
  if (path === null) return <Loading label="Loading the career path" />;
  return children(path);
}
