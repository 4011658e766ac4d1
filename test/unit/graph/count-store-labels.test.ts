/**
 * cypher/read/entities-count-by-type.cypher names every entity label literally (the count store answers
 * only literal labels): it must list exactly the vocabulary's labels, so a new entity type is counted.
 */
import { cypher } from '../../../src/graph/cypher';
import { ENTITY_LABELS } from '../../../src/vocabulary';

test('entities-count-by-type has one count-store branch per label of the vocabulary', () => {
  const statement = cypher('read/entities-count-by-type');
  const branches = [
    ...statement.matchAll(/MATCH \(e:(\w+)\) WITH count\(e\) AS count RETURN '(\w+)' AS label/g),
  ].map((match) => {
    expect(match[2]).toBe(match[1]);
    return match[1];
  });
  expect(branches.sort()).toEqual(['Entity', ...Object.values(ENTITY_LABELS)].sort());
});
