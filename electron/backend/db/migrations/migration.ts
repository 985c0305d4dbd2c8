import type { Database } from '../database';

/** One schema step. `version` steps by 10 so a fix can slot in between two releases. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
