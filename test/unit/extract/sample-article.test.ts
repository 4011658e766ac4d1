import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityNamed, facts, offsetViolations, relation, run } from './helpers';

const text = readFileSync(join(__dirname, '../../../samples/belarus-embassy-closure.txt'), 'utf8');
const extraction = run(text, { date: '2022-02-28' });

describe('the sample article', () => {
  it.each([
    ['Anthony Blinken', 'PERSON'],
    ['Vladimir Putin', 'PERSON'],
    ['Vladimir Zelensky', 'PERSON'],
    ['Joe Biden', 'PERSON'],
    ['Alexander Lukashenko', 'PERSON'],
    ['Janet Yellen', 'PERSON'],
    ['United States', 'COUNTRY'],
    ['Belarus', 'COUNTRY'],
    ['Russia', 'COUNTRY'],
    ['Ukraine', 'COUNTRY'],
    ['Germany', 'COUNTRY'],
    ['France', 'COUNTRY'],
    ['United Kingdom', 'COUNTRY'],
    ['Italy', 'COUNTRY'],
    ['Japan', 'COUNTRY'],
    ['Soviet Union', 'COUNTRY'],
    ['Minsk', 'CITY'],
    ['Moscow', 'CITY'],
    ['Kyiv', 'CITY'],
    ['White House', 'ORGANIZATION'],
    ['CNN', 'ORGANIZATION'],
    ['Kremlin', 'ORGANIZATION'],
    ['DailyMail.com', 'ORGANIZATION'],
    ['Washington Post', 'ORGANIZATION'],
    ['State Department', 'ORGANIZATION'],
    ['Treasury Department', 'ORGANIZATION'],
    ['Ministry of Finance', 'ORGANIZATION'],
    ['Russian Central Bank', 'ORGANIZATION'],
    ['European Union', 'ORGANIZATION'],
    ['Ukraine’s state security service', 'ORGANIZATION'],
    ['Zhytomyr Airport', 'FACILITY'],
  ])('finds %s as %s', (name, type) => {
    expect(entityNamed(extraction, name)?.type).toBe(type);
  });

  it('merges aliases', () => {
    expect(entityNamed(extraction, 'Kiev')?.name).toBe('Kyiv');
    expect(entityNamed(extraction, 'US')?.name).toBe('United States');
    expect(entityNamed(extraction, 'Blinken')?.name).toBe('Anthony Blinken');
    expect(entityNamed(extraction, 'Putin')?.name).toBe('Vladimir Putin');
    expect(entityNamed(extraction, 'Zelensky')?.name).toBe('Vladimir Zelensky');
    expect(entityNamed(extraction, 'finance ministry')?.name).toBe('Ministry of Finance');
  });

  it('never merges two people who share a first name', () => {
    expect(entityNamed(extraction, 'Vladimir Putin')?.id).not.toBe(
      entityNamed(extraction, 'Vladimir Zelensky')?.id,
    );
  });

  it('keeps titles as attributes, not in names', () => {
    expect(entityNamed(extraction, 'Anthony Blinken')?.attributes.title).toBe('Secretary of State');
    expect(entityNamed(extraction, 'Joe Biden')?.attributes.title).toBe('President');
  });

  it('makes no named entity of a pronoun, a day name, a glued word or a sentence-initial word', () => {
    const names = extraction.entities.filter((e) => e.type !== 'DATE').flatMap((e) => [e.name, ...e.aliases]);
    for (const bad of [
      'He',
      'It',
      'They',
      'Monday',
      'Sunday',
      'Putinan',
      'FranceUnited',
      'ItalyJapan',
      'View',
      'Cars',
      'Deployment',
      'Although',
    ]) {
      expect(names).not.toContain(bad);
    }
  });

  it("extracts the user's two facts", () => {
    const closure = extraction.entities.find(
      (e) => e.type === 'EVENT' && /closure/.test(e.name) && /Minsk/.test(e.name),
    );
    expect(closure).toBeDefined();
    const blinken = entityNamed(extraction, 'Anthony Blinken');
    expect(
      extraction.relations.some(
        (r) => r.subject === blinken?.id && r.predicate === 'ANNOUNCES' && r.object === closure?.id,
      ),
    ).toBe(true);
    expect(relation(extraction, 'United States', 'SANCTIONS', 'Belarus')).toBeDefined();
  });

  it('extracts the plain facts of the article', () => {
    const all = facts(extraction);
    expect(all).toEqual(
      expect.arrayContaining([
        'Russia -INVADES-> Ukraine',
        'Belarus -BORDERS-> Russia',
        'Belarus -BORDERS-> Ukraine',
        'Alexander Lukashenko -LEADS-> Belarus',
        'Alexander Lukashenko -ALLIED_WITH-> Vladimir Putin',
        'United States -SANCTIONS-> Russia',
        'Ministry of Finance -SANCTIONS-> Russian Central Bank',
        'Germany -JOINS-> United States',
        'France -JOINS-> United States',
        'United Kingdom -JOINS-> United States',
        'Italy -JOINS-> United States',
        'Japan -JOINS-> United States',
        'European Union -JOINS-> United States',
        'Kyiv -LOCATED_IN-> Ukraine',
        'Russia -ATTACKS-> Ukraine',
        'Belarus -SUPPORTS-> Russia',
      ]),
    );
    expect(relation(extraction, 'Germany', 'JOINS', 'United States')?.modality).toBe('will');
  });

  it('points every offset into the original text', () => {
    expect(offsetViolations(text, extraction)).toEqual([]);
  });

  it('gives the same output for the same input, byte for byte', () => {
    expect(JSON.stringify(run(text, { date: '2022-02-28' }))).toBe(JSON.stringify(extraction));
  });
});
