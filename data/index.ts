/**
 * The bundled dataset: the entities of the article in `data/article.ts`, with their spellings,
 * dated notes and sourced facts, and the article's claims. Only background code (and build-time
 * tooling) imports it; content scripts get a compiled matcher table instead.
 */
import { CLAIMS } from './claims';
import { EVENTS } from './entities/events';
import { MEDIA } from './entities/media';
import { ORGANIZATIONS } from './entities/organizations';
import { PEOPLE } from './entities/people';
import { PLACES } from './entities/places';
import type { Dataset } from './schema';

export const DATASET: Dataset = {
  version: '2026.11.25',
  // shared/reference/facts.md: the newest material it found is from about February 2026.
  factsAsOf: '2026-02',
  entities: [...PEOPLE, ...PLACES, ...MEDIA, ...ORGANIZATIONS, ...EVENTS],
  claims: CLAIMS,
};
