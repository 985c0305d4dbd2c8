import { fail } from '../../../shared/result';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type LibraryHandlers = Pick<ServiceHandlers, 'removePath' | 'searchLibrary' | 'getRelatedPaths'>;

export function libraryHandlers(_context: ServiceContext): LibraryHandlers {
  return {
    removePath: () => fail('internal', 'Not built yet.'),
    searchLibrary: () => fail('internal', 'Not built yet.'),
    getRelatedPaths: () => fail('internal', 'Not built yet.'),
  };
}
