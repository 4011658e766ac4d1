import { entityKeys } from '../../../src/graph/entity-keys';
import { planResolution, type EntityCandidate, type KnownEntity } from '../../../src/graph/resolution';
import { labelOf, type EntityType } from '../../../src/vocabulary';

function candidate(ref: string, type: EntityType, name: string, aliases: string[] = []): EntityCandidate {
  return {
    ref,
    type,
    label: labelOf(type),
    name,
    aliases,
    attributes: {},
    keys: entityKeys({ type, name, aliases }),
  };
}

function owners(entries: [string, KnownEntity | null][]) {
  return new Map(entries);
}

describe('planResolution', () => {
  it('creates new entities and claims all their keys', () => {
    const plan = planResolution([candidate('a/1', 'COUNTRY', 'United States', ['US'])], owners([]));
    expect(plan.creates).toEqual([
      expect.objectContaining({ id: 'country:united-states', label: 'Country', aliases: ['US'] }),
    ]);
    expect(plan.claims).toEqual([
      { key: 'country|united states', entityId: 'country:united-states' },
      { key: 'country|us', entityId: 'country:united-states' },
    ]);
    expect(plan.entityIdByRef.get('a/1')).toBe('country:united-states');
  });

  it('joins an existing entity through an alias and claims the keys it brings', () => {
    const us = { id: 'country:united-states', name: 'United States', type: 'COUNTRY' };
    const plan = planResolution(
      [candidate('b/1', 'COUNTRY', 'US', ['USA'])],
      owners([
        ['country|us', us],
        ['country|usa', null],
      ]),
    );
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([{ id: us.id, rename: null, aliases: ['US', 'USA'], attributes: {} }]);
    expect(plan.claims).toEqual([{ key: 'country|usa', entityId: us.id }]);
  });

  it('merges candidates of one batch with each other', () => {
    const plan = planResolution(
      [candidate('a/1', 'PERSON', 'Blinken'), candidate('b/1', 'PERSON', 'Antony Blinken', ['Blinken'])],
      owners([]),
    );
    expect(plan.creates).toEqual([
      expect.objectContaining({ id: 'person:blinken', name: 'Antony Blinken', aliases: ['Blinken'] }),
    ]);
    expect(plan.entityIdByRef.get('b/1')).toBe('person:blinken');
  });

  it('renames a one-word person to the full name it is matched with', () => {
    const plan = planResolution(
      [candidate('a/1', 'PERSON', 'Antony Blinken', ['Blinken'])],
      owners([
        ['person|antony blinken', null],
        ['person|blinken', { id: 'person:blinken', name: 'Blinken', type: 'PERSON' }],
      ]),
    );
    expect(plan.updates).toEqual([
      {
        id: 'person:blinken',
        rename: 'Antony Blinken',
        aliases: ['Antony Blinken'],
        attributes: {},
      },
    ]);
  });

  it('keeps persons apart whose full names disagree, even when an alias matches', () => {
    const bush = { id: 'person:george-w-bush', name: 'George W. Bush', type: 'PERSON' };
    const plan = planResolution(
      [candidate('a/1', 'PERSON', 'George H. W. Bush', ['Bush'])],
      owners([
        ['person|george h w bush', null],
        ['person|bush', bush],
      ]),
    );
    expect(plan.creates.map((row) => row.id)).toEqual(['person:george-h-w-bush']);
    expect(plan.claims).toEqual([{ key: 'person|george h w bush', entityId: 'person:george-h-w-bush' }]);
  });

  it('lets a full name join a full name that only lacks the middle name', () => {
    const bush = { id: 'person:george-bush', name: 'George Bush', type: 'PERSON' };
    const plan = planResolution(
      [candidate('a/1', 'PERSON', 'George W. Bush', ['Bush'])],
      owners([
        ['person|george w bush', null],
        ['person|bush', bush],
      ]),
    );
    expect(plan.entityIdByRef.get('a/1')).toBe(bush.id);
  });

  it('leaves out updates that would add nothing the entity has', () => {
    const us = {
      id: 'country:united-states',
      name: 'United States',
      type: 'COUNTRY',
      aliases: ['US'],
      attributes: { capital: 'Washington' },
    };
    const known = owners([
      ['country|united states', us],
      ['country|us', us],
    ]);
    const same = {
      ...candidate('a/1', 'COUNTRY', 'US', ['United States']),
      attributes: { capital: 'Washington' },
    };
    expect(planResolution([same], known).updates).toEqual([]);
    const more = { ...same, attributes: { capital: 'Washington', region: 'Americas' } };
    expect(planResolution([more], known).updates).toEqual([
      { id: us.id, rename: null, aliases: [], attributes: { region: 'Americas' } },
    ]);
  });

  it('never joins across type families', () => {
    const plan = planResolution(
      [candidate('a/1', 'COUNTRY', 'Georgia'), candidate('a/2', 'ORGANIZATION', 'Georgia')],
      owners([]),
    );
    expect(plan.creates.map((row) => row.id)).toEqual(['country:georgia', 'organization:georgia']);
  });
});

describe('planResolution: merges (issue 13, item 6)', () => {
  const long = { id: 'organization:iaaf-long', name: 'Athletics Federations', type: 'ORGANIZATION' };
  const short = { id: 'organization:iaaf', name: 'IAAF', type: 'ORGANIZATION' };

  it('merges two stored entities that one candidate names by name and alias', () => {
    const plan = planResolution(
      [
        candidate('a/1', 'ORGANIZATION', 'IAAF'),
        candidate('a/2', 'ORGANIZATION', 'Athletics Federations', ['IAAF']),
      ],
      owners([
        ['organization|athletics federations', long],
        ['organization|iaaf', short],
      ]),
    );
    expect(plan.merges).toEqual([{ from: short.id, into: long.id }]);
    expect(plan.entityIdByRef.get('a/1')).toBe(long.id);
    expect(plan.entityIdByRef.get('a/2')).toBe(long.id);
  });

  it('never merges two people who share a surname', () => {
    const w = { id: 'person:george-w-bush', name: 'George W. Bush', type: 'PERSON' };
    const bush = { id: 'person:bush', name: 'Bush', type: 'PERSON' };
    const plan = planResolution(
      [candidate('a/1', 'PERSON', 'George W. Bush', ['Bush'])],
      owners([
        ['person|george w bush', w],
        ['person|bush', bush],
      ]),
    );
    expect(plan.merges).toEqual([]);
  });
});
