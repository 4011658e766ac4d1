import neo4j, { Node, Relationship } from 'neo4j-driver';
import { toPlain } from '../../../src/graph/plain';

describe('toPlain', () => {
  test('primitives pass through; null and undefined become null', () => {
    expect([toPlain('a'), toPlain(3), toPlain(true), toPlain(null), toPlain(undefined)]).toEqual([
      'a',
      3,
      true,
      null,
      null,
    ]);
  });

  test('driver values inside plain maps and lists are converted at any depth', () => {
    const row = {
      count: neo4j.int(42),
      day: new neo4j.types.Date(2026, 11, 30),
      at: new neo4j.types.DateTime(2026, 11, 30, 12, 0, 0, 0, 0),
      nested: { list: [neo4j.int(1), { deeper: neo4j.int(2), word: 'x', none: null }] },
    };
    expect(toPlain(row)).toEqual({
      count: 42,
      day: '2026-11-30',
      at: '2026-11-30T12:00:00Z',
      nested: { list: [1, { deeper: 2, word: 'x', none: null }] },
    });
  });

  test('nodes and relationships become their properties with labels or type', () => {
    const node = new Node(
      neo4j.int(1),
      ['Entity', 'Country'],
      { id: 'country:x', mentions: neo4j.int(7) },
      'e1',
    );
    const relationship = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'SANCTIONS', {
      confidence: 0.8,
    });
    expect(toPlain([node, relationship])).toEqual([
      { id: 'country:x', mentions: 7, labels: ['Entity', 'Country'] },
      { confidence: 0.8, type: 'SANCTIONS' },
    ]);
  });

  test('a plain map is copied, not shared', () => {
    const map = { a: 1 };
    const plain = toPlain(map);
    expect(plain).toEqual(map);
    expect(plain).not.toBe(map);
  });
});
