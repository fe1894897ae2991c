// Every SQLite migration, in order. Adding a schema change is adding a file here.
import type { SqliteMigration } from '../migrate.js';
import { initial } from './001-initial.js';
import { narrativeDateSource } from './002-narrative-date-source.js';
import { consolidatedEvents } from './003-consolidated-events.js';
import { otherEvidence } from './004-other-evidence.js';
import { storyTermsPairs } from './005-story-terms-pairs.js';
import { provenance } from './006-provenance.js';

export const sqliteMigrations: readonly SqliteMigration[] = [initial, narrativeDateSource, consolidatedEvents, otherEvidence, storyTermsPairs, provenance];
