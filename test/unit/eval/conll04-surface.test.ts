/**
 * The corenlp analyzer's CoNLL04 mapping (src/eval/conll04-surface.ts): the readers on made-up sentences,
 * then the whole chain (syntax extractor → predictRecord → applySurface) on recorded annotations of CoNLL04
 * TRAIN sentences (test/fixtures/annotations/conll04-train-*.json; never dev).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFromAnnotation } from '../../../src/extract/syntax';
import { CachedAnnotator, coreNlpEvalExtractor } from '../../../src/eval/conll04-corenlp';
import { predictRecord } from '../../../src/eval/conll04-predict';
import type { ConllEntity, ConllRecord } from '../../../src/eval/conll04-record';
import {
  applySurface,
  joinBirthplaces,
  splitOrgPlaces,
  surfaceEntities,
  surfaceRelations,
} from '../../../src/eval/conll04-surface';
import type { Annotation } from '../../../src/nlp/annotation';
import { loadAnnotationFixture } from '../../helpers/annotation-fixtures';

const span = (type: ConllEntity['type'], start: number, end: number): ConllEntity => ({ type, start, end });

/** Relations as "Type(head text, tail text)", sorted. */
function readable(record: ConllRecord): string[] {
  const text = (i: number) => {
    const e = record.entities[i] as ConllEntity;
    return record.tokens.slice(e.start, e.end).join(' ');
  };
  return record.relations.map((r) => `${r.type}(${text(r.head)}, ${text(r.tail)})`).sort();
}

function entityTexts(record: ConllRecord): string[] {
  return record.entities.map((e) => `${e.type}:${record.tokens.slice(e.start, e.end).join(' ')}`).sort();
}

describe('surface readers', () => {
  it('reads Town , State as Located_In, Place Org and Place ( Org ) as OrgBased_In, Person of Org as Work_For', () => {
    const tokens = 'Ann Lee of Acme Corp. went from Springfield , Ohio to Denver ( KDEN ) .'.split(' ');
    const entities = [
      span('Peop', 0, 2),
      span('Org', 3, 5),
      span('Loc', 7, 8),
      span('Loc', 9, 10),
      span('Loc', 11, 12),
      span('Org', 13, 14),
    ];
    expect(surfaceRelations(tokens, entities)).toEqual([
      { type: 'Work_For', head: 0, tail: 1 },
      { type: 'Located_In', head: 2, tail: 3 },
      { type: 'OrgBased_In', head: 5, tail: 4 },
    ]);
  });

  it('reads no Located_In in a list of countries or of cities ("Peru , Chile", "Lyon , Nantes")', () => {
    const tokens = 'Talks in Peru , Chile , Lyon , Nantes and Springfield , Ohio .'.split(' ');
    const entities = [2, 4, 6, 8, 10, 12].map((k) => span('Loc', k, k + 1));
    expect(surfaceRelations(tokens, entities)).toEqual([{ type: 'Located_In', head: 4, tail: 5 }]);
  });

  it('reads kill verbs between two people, passives by their agent, and "X assassin Y"', () => {
    const active = 'Tom Roe shot Ben Hall .'.split(' ');
    const passive = 'Ben Hall was murdered by Tom Roe .'.split(' ');
    const noun = "Hall 's assassin , Roe , was caught .".split(' ');
    expect(surfaceRelations(active, [span('Peop', 0, 2), span('Peop', 3, 5)])).toEqual([
      { type: 'Kill', head: 0, tail: 1 },
    ]);
    expect(surfaceRelations(passive, [span('Peop', 0, 2), span('Peop', 5, 7)])).toEqual([
      { type: 'Kill', head: 1, tail: 0 },
    ]);
    expect(surfaceRelations(noun, [span('Peop', 0, 1), span('Peop', 4, 5)])).toEqual([
      { type: 'Kill', head: 1, tail: 0 },
    ]);
    const met = 'Tom Roe met Ben Hall .'.split(' ');
    expect(surfaceRelations(met, [span('Peop', 0, 2), span('Peop', 3, 5)])).toEqual([]);
  });

  it('retypes months typed Org, drops demonyms, bare years, weekdays and head counts, widens numbers and times', () => {
    const tokens =
      'On Monday in Oct. 1990 , 14 people and 150 , 000 acres burned at 2100 GMT , American officials said .'.split(
        ' ',
      );
    const entities = [
      span('Other', 1, 2), // Monday
      span('Org', 3, 4), // Oct.
      span('Other', 4, 5), // 1990
      span('Other', 6, 8), // 14 people
      span('Other', 11, 13), // 000 acres
      span('Other', 15, 16), // 2100
      span('Org', 16, 17), // GMT
      span('Loc', 18, 19), // American
    ];
    expect(surfaceEntities(tokens, entities)).toEqual([
      span('Other', 3, 4),
      span('Other', 9, 13),
      span('Other', 15, 17),
    ]);
  });

  it('leaves out descriptions that are not names', () => {
    const tokens = 'the agency said Acme Corp. agreed'.split(' ');
    expect(surfaceEntities(tokens, [span('Org', 0, 2), span('Org', 3, 5)])).toEqual([span('Org', 3, 5)]);
  });

  it('joins "born in Town , State" into one place and splits "<capital> <Org>"', () => {
    const born = 'She was born in Dayton , Ohio .'.split(' ');
    expect(joinBirthplaces(born, [span('Loc', 4, 5), span('Loc', 6, 7)])).toEqual([span('Loc', 4, 7)]);
    const lives = 'She lives in Dayton , Ohio .'.split(' ');
    expect(joinBirthplaces(lives, [span('Loc', 3, 4), span('Loc', 5, 6)])).toHaveLength(2);
    const radio = 'Paris Radio France International reported'.split(' ');
    expect(splitOrgPlaces(radio, [span('Org', 0, 4)]).entities).toEqual([
      span('Org', 1, 4),
      span('Loc', 0, 1),
    ]);
    const guard = 'Texas Coast Guard Station reported'.split(' ');
    expect(splitOrgPlaces(guard, [span('Org', 0, 4)]).entities).toEqual([span('Org', 0, 4)]);
  });
});

/** The corenlp chain on one recorded train sentence (its tokens are the recorded text split on spaces). */
function predictFixture(name: string): ConllRecord {
  const fixture = loadAnnotationFixture(name);
  const record: ConllRecord = { tokens: fixture.text.split(' '), entities: [], relations: [], orig_id: null };
  const extraction = extractFromAnnotation(fixture.text, fixture.annotation, {});
  return applySurface(predictRecord(record, extraction).record);
}

describe('the corenlp CoNLL04 mapping on recorded train annotations', () => {
  it('reads "who killed" as Kill (train 5062)', () => {
    expect(readable(predictFixture('conll04-train-5062'))).toContain(
      'Kill(John Wilkes Booth, Abraham Lincoln)',
    );
  });

  it('reads "Town , County" as Located_In and a residence in the town as one in the county too (train 5284)', () => {
    const relations = readable(predictFixture('conll04-train-5284'));
    expect(relations).toEqual(
      expect.arrayContaining([
        'Located_In(Willowdell, Darke County)',
        'Live_In(Annie Oakley, Willowdell)',
        'Live_In(Annie Oakley, Darke County)',
      ]),
    );
  });

  it('reads "Town , State" as Located_In (train 210)', () => {
    expect(readable(predictFixture('conll04-train-210'))).toContain('Located_In(Livingston, Texas)');
  });

  it('keeps the time with its zone and leaves the bare year out (train 3082)', () => {
    const entities = entityTexts(predictFixture('conll04-train-3082'));
    expect(entities).toContain('Other:1313 GMT');
    expect(entities).not.toContain('Other:1313');
  });

  it('reads "Org spokesman Person" as Work_For (train 2155)', () => {
    expect(readable(predictFixture('conll04-train-2155'))).toEqual(['Work_For(Allan Fitzmaurice., XBT)']);
  });
});

describe('CachedAnnotator', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'conll04-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const fixture = loadAnnotationFixture('conll04-train-28');
  function fakeClient(settings = 'a=1') {
    const calls: string[] = [];
    return {
      calls,
      identity: () => ({ name: 'corenlp', version: '4.5.10', settings }),
      annotate: async (text: string): Promise<Annotation> => {
        calls.push(text);
        return fixture.annotation;
      },
    };
  }

  it('asks the server once per sentence, then reads the cache, also from a new process', async () => {
    const client = fakeClient();
    const annotator = new CachedAnnotator(client, folder);
    await annotator.prefetch([fixture.text, fixture.text]);
    expect(client.calls).toEqual([fixture.text]);
    expect(readdirSync(folder)).toHaveLength(1);
    const again = fakeClient();
    const extraction = await coreNlpEvalExtractor(new CachedAnnotator(again, folder))(fixture.text);
    expect(again.calls).toEqual([]);
    expect(extraction.entities.length).toBeGreaterThan(0);
  });

  it('keys the cache by the engine settings as well as the text', async () => {
    await new CachedAnnotator(fakeClient('a=1'), folder).annotate(fixture.text);
    const other = fakeClient('a=2');
    await new CachedAnnotator(other, folder).annotate(fixture.text);
    expect(other.calls).toHaveLength(1);
  });
});
