import { parseConllRecords } from '../../../src/eval/conll04-record';

const record = {
  tokens: ['Halden', 'Mining', 'Group', 'Ltd.', ',', 'a', 'Hong', 'Kong', 'firm'],
  entities: [
    { type: 'Org', start: 0, end: 4 },
    { type: 'Loc', start: 6, end: 8 },
  ],
  relations: [{ type: 'OrgBased_In', head: 0, tail: 1 }],
  orig_id: 1,
};

describe('parseConllRecords', () => {
  it('reads the dataset format', () => {
    expect(parseConllRecords([record], 'x.json')).toEqual([record]);
  });

  it.each([
    [{ ...record, entities: [{ type: 'Person', start: 0, end: 1 }] }, 'bad entity'],
    [{ ...record, entities: [{ type: 'Org', start: 3, end: 3 }] }, 'bad entity'],
    [{ ...record, entities: [{ type: 'Org', start: 8, end: 10 }] }, 'bad entity'],
    [{ ...record, relations: [{ type: 'OrgBased_In', head: 0, tail: 2 }] }, 'bad relation'],
    [{ ...record, relations: [{ type: 'Based_In', head: 0, tail: 1 }] }, 'bad relation'],
    [{ ...record, tokens: ['a', ''] }, 'tokens must be'],
  ])('refuses a malformed record (%#)', (bad, message) => {
    expect(() => parseConllRecords([bad], 'x.json')).toThrow(message);
  });

  it('refuses a file that is not a list', () => {
    expect(() => parseConllRecords({ records: [] }, 'x.json')).toThrow('expected a JSON list');
  });
});
