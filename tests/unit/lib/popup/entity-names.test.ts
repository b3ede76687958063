import { describe, expect, it } from 'vitest';
import { DATASET } from '../../../../data';
import { entityNames } from '../../../../lib/popup/entity-names';

describe('entityNames', () => {
  it('names every entity of the dataset, from the table compiled into the bundle', () => {
    const names = entityNames();
    expect(names['ahmed-al-sharaa']).toBe('Ahmed al-Sharaa');
    expect(Object.keys(names).sort()).toEqual(DATASET.entities.map((entity) => entity.id).sort());
  });
});
