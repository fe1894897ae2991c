// Every PostgreSQL migration, in order. Adding a schema change is adding a file here.
import type { PostgresMigration } from '../migrate.js';
import { initial } from './001-initial.js';

export const postgresMigrations: readonly PostgresMigration[] = [initial];
