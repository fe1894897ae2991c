// Every SQLite migration, in order. Adding a schema change is adding a file here.
import type { SqliteMigration } from '../migrate.js';
import { initial } from './001-initial.js';

export const sqliteMigrations: readonly SqliteMigration[] = [initial];
