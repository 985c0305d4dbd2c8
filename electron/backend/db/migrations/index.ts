import { initialSchema } from './0010-initial';
import { librarySearch } from './0020-library-search';
import { planningSchema } from './0030-planning';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema step, oldest first. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [initialSchema, librarySearch, planningSchema];

export const latestSchemaVersion: number = migrations.at(-1)?.version ?? 0;
