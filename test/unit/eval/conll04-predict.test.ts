import { predictRecord } from '../../../src/eval/conll04-predict';
import type { ConllRecord } from '../../../src/eval/conll04-record';
import { ExtractionBuilder } from './extraction-builder';

function record(sentence: string): ConllRecord {
  return { tokens: sentence.split(' '), entities: [], relations: [], orig_id: 7 };
}

describe('predictRecord', () => {
  const booth = record('John Wilkes Booth killed Abraham Lincoln in Washington , D.C. .');
  const text = booth.tokens.join(' ');

  it('turns mentions into token-span entities with CoNLL04 types, drops EVENT and CONCEPT, keeps tokens and orig_id', () => {
    const b = new ExtractionBuilder(text);
    b.entity('John Wilkes Booth', 'PERSON');
    b.entity('Washington', 'CITY');
    b.entity('killed', 'EVENT');
    b.entity('Abraham', 'CONCEPT');
    b.entity('D.C.', 'DATE');
    const { record: prediction } = predictRecord(booth, b.build());
    expect(prediction.tokens).toBe(booth.tokens);
    expect(prediction.orig_id).toBe(7);
    expect(prediction.entities).toEqual([
      { type: 'Peop', start: 0, end: 3 },
      { type: 'Loc', start: 7, end: 8 },
      { type: 'Other', start: 9, end: 10 },
    ]);
  });

  it('maps predicates by argument types, using the mentions in the evidence sentence', () => {
    const b = new ExtractionBuilder(text);
    const killer = b.entity('John Wilkes Booth', 'PERSON');
    const victim = b.entity('Abraham Lincoln', 'PERSON');
    const city = b.entity('Washington', 'CITY');
    const district = b.entity('D.C.', 'LOCATION');
    b.relation(killer, 'KILLS', victim);
    b.relation(city, 'LOCATED_IN', district);
    b.relation(killer, 'WARNS', victim);
    const { record: prediction } = predictRecord(booth, b.build());
    expect(prediction.relations).toEqual([
      { type: 'Kill', head: 0, tail: 1 },
      { type: 'Located_In', head: 2, tail: 3 },
    ]);
  });

  it('prefers the argument spans the evidence gives, and reverses RULED_BY', () => {
    const sentence = record('Belarus , ruled by Lukashenko , borders Russia .');
    const t = sentence.tokens.join(' ');
    const b = new ExtractionBuilder(t);
    const belarus = b.entity('Belarus', 'COUNTRY');
    const lukashenko = b.entity('Lukashenko', 'PERSON');
    const subject = [0, 7] as const;
    const object = [t.indexOf('Lukashenko'), t.indexOf('Lukashenko') + 10] as const;
    b.relation(belarus, 'RULED_BY', lukashenko, { spans: { subject, object } });
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.entities).toEqual([
      { type: 'Loc', start: 0, end: 1 },
      { type: 'Peop', start: 4, end: 5 },
    ]);
    expect(prediction.relations).toEqual([{ type: 'Live_In', head: 1, tail: 0 }]);
  });

  it('takes the name inside an argument phrase the evidence gives, not the phrase', () => {
    const sentence = record('Ida Lunde , an economist with the Norrland Institute research group , spoke .');
    const t = sentence.tokens.join(' ');
    const b = new ExtractionBuilder(t);
    const ida = b.entity('Ida Lunde', 'PERSON');
    const institute = b.entity('Norrland Institute', 'ORGANIZATION');
    const phrase = t.indexOf('Norrland Institute research group');
    b.relation(ida, 'WORKS_FOR', institute, {
      spans: { subject: [0, 9], object: [phrase, phrase + 'Norrland Institute research group'.length] },
    });
    b.relation(ida, 'MEMBER_OF', institute);
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.entities).toEqual([
      { type: 'Peop', start: 0, end: 2 },
      { type: 'Org', start: 7, end: 9 },
    ]);
    expect(prediction.relations).toEqual([{ type: 'Work_For', head: 0, tail: 1 }]);
  });

  it('drops negated relations, unmapped predicates and pronoun mentions', () => {
    const sentence = record('He said Oswald did not kill Kennedy .');
    const b = new ExtractionBuilder(sentence.tokens.join(' '));
    const oswald = b.entity('Oswald', 'PERSON', { aliases: ['He'] });
    const kennedy = b.entity('Kennedy', 'PERSON');
    b.relation(oswald, 'KILLS', kennedy, { negated: true });
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.entities).toEqual([
      { type: 'Peop', start: 2, end: 3 },
      { type: 'Peop', start: 6, end: 7 },
    ]);
    expect(prediction.relations).toEqual([]);
  });

  it('counts mentions snapped to whole tokens', () => {
    const sentence = record('Desiree Ball. sang');
    const b = new ExtractionBuilder(sentence.tokens.join(' '));
    b.entity('Desiree Ball', 'PERSON');
    const prediction = predictRecord(sentence, b.build());
    expect(prediction.record.entities).toEqual([{ type: 'Peop', start: 0, end: 2 }]);
    expect(prediction.snapped).toBe(1);
  });

  it('widens a person over a title CoNLL04 counts as part of the name, in entities and relations', () => {
    const sentence = record('Sirhan shot President Kennedy and Gov. Connally .');
    const b = new ExtractionBuilder(sentence.tokens.join(' '));
    const sirhan = b.entity('Sirhan', 'PERSON');
    const kennedy = b.entity('Kennedy', 'PERSON', { title: 'President' });
    b.entity('Connally', 'PERSON', { title: 'Gov.' });
    b.relation(sirhan, 'KILLS', kennedy);
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.entities).toEqual([
      { type: 'Peop', start: 0, end: 1 },
      { type: 'Peop', start: 2, end: 4 },
      { type: 'Peop', start: 6, end: 7 },
    ]);
    expect(prediction.relations).toEqual([{ type: 'Kill', head: 0, tail: 1 }]);
  });
});

describe('predictRecord: CoNLL04 place conventions', () => {
  it('gives a residence at every level of a nested place', () => {
    const sentence = record('Ada Moreno , of Fresno , Calif. , was hurt .');
    const b = new ExtractionBuilder(sentence.tokens.join(' '));
    const ada = b.entity('Ada Moreno', 'PERSON');
    const fresno = b.entity('Fresno', 'CITY');
    const calif = b.entity('Calif.', 'LOCATION');
    b.relation(ada, 'LIVES_IN', fresno);
    b.relation(fresno, 'LOCATED_IN', calif);
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.relations).toEqual([
      { type: 'Live_In', head: 0, tail: 1 },
      { type: 'Located_In', head: 1, tail: 2 },
      { type: 'Live_In', head: 0, tail: 2 },
    ]);
  });

  it('joins a birthplace and its state into one location', () => {
    const sentence = record('Gershwin was born in Brooklyn , N.Y. , in 1898 .');
    const t = sentence.tokens.join(' ');
    const b = new ExtractionBuilder(t);
    const gershwin = b.entity('Gershwin', 'PERSON');
    const brooklyn = b.entity('Brooklyn', 'CITY');
    const state = b.entity('N.Y.', 'LOCATION');
    const span = (form: string) => [t.indexOf(form), t.indexOf(form) + form.length] as const;
    b.relation(gershwin, 'BORN_IN', brooklyn, {
      spans: { subject: span('Gershwin'), object: span('Brooklyn') },
    });
    b.relation(brooklyn, 'LOCATED_IN', state, { spans: { subject: span('Brooklyn'), object: span('N.Y.') } });
    const { record: prediction } = predictRecord(sentence, b.build());
    expect(prediction.entities).toEqual([
      { type: 'Peop', start: 0, end: 1 },
      { type: 'Loc', start: 4, end: 7 },
    ]);
    expect(prediction.relations).toEqual([{ type: 'Live_In', head: 0, tail: 1 }]);
  });
});
