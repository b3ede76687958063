/**
 * This build's content table (see `ContentTable`), compiled from the dataset at build time
 * (scripts/lib/matcher-table-plugin.ts) and parsed on the first call. It is part of the code, so it
 * is trusted as code is: it cannot be another build's, and needs no validation.
 */
import table from 'virtual:backstory-content-table';
import type { ContentTable } from './types';

export const contentTable = table as () => ContentTable;
