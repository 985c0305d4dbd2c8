import type { Clock } from '../clock';
import type { Database } from '../db';

export interface ServiceContext {
  db: Database;
  clock: Clock;
}
