// Every PostgreSQL migration, in order. Adding a schema change is adding a file here.
import type { PostgresMigration } from '../migrate.js';
import { initial } from './001-initial.js';
import { consolidatedEvents } from './002-consolidated-events.js';
import { otherEvidence } from './003-other-evidence.js';
import { storyTermsPairs } from './004-story-terms-pairs.js';
import { provenance } from './005-provenance.js';

export const postgresMigrations: readonly PostgresMigration[] = [initial, consolidatedEvents, otherEvidence, storyTermsPairs, provenance];
