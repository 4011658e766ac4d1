import { scoreConll04 } from '../../../src/eval/conll04-metric';
import type { ConllRecord } from '../../../src/eval/conll04-record';

const gold: ConllRecord = {
  tokens: ['John', 'Wilkes', 'Booth', 'killed', 'Abraham', 'Lincoln', 'in', 'Washington'],
  entities: [
    { type: 'Peop', start: 0, end: 3 },
    { type: 'Peop', start: 4, end: 6 },
    { type: 'Loc', start: 7, end: 8 },
  ],
  relations: [{ type: 'Kill', head: 0, tail: 1 }],
  orig_id: 1,
};

function predicted(entities: ConllRecord['entities'], relations: ConllRecord['relations']): ConllRecord {
  return { ...gold, entities, relations };
}

describe('scoreConll04', () => {
  it('scores a perfect prediction 100', () => {
    const scores = scoreConll04([gold], [gold]);
    expect(scores.entities).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(scores.relations).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it('is strict about spans and types: a partial span or another type is a miss and a false positive', () => {
    const scores = scoreConll04(
      [gold],
      [
        predicted(
          [
            { type: 'Peop', start: 1, end: 3 },
            { type: 'Peop', start: 4, end: 6 },
            { type: 'Org', start: 7, end: 8 },
          ],
          [{ type: 'Kill', head: 0, tail: 1 }],
        ),
      ],
    );
    expect(scores.entities).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    // The relation's head span is wrong, so the relation is wrong too.
    expect(scores.relations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('needs the relation type and direction right', () => {
    const reversed = predicted(gold.entities, [{ type: 'Kill', head: 1, tail: 0 }]);
    const retyped = predicted(gold.entities, [{ type: 'Live_In', head: 0, tail: 1 }]);
    expect(scoreConll04([gold], [reversed]).relations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scoreConll04([gold], [retyped]).relations).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a duplicate prediction once and micro-averages over records', () => {
    const duplicate = predicted([...gold.entities, { type: 'Peop', start: 0, end: 3 }], []);
    const empty = predicted([], []);
    const scores = scoreConll04([gold, gold], [duplicate, empty]);
    expect(scores.entities).toMatchObject({ tp: 3, fp: 0, fn: 3 });
    expect(scores.entities.precision).toBe(1);
    expect(scores.entities.recall).toBe(0.5);
    expect(scores.relations).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });

  it('refuses to compare lists of different lengths', () => {
    expect(() => scoreConll04([gold], [])).toThrow('1 gold records but 0 predictions');
  });
});
