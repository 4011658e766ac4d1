import { resolveDate } from '../../../src/extract/dates';
import { relation, run } from './helpers';

describe('resolveDate', () => {
  const monday = '2022-02-28';
  it.each([
    ['Monday', '2022-02-28', 'day'],
    ['Sunday', '2022-02-27', 'day'],
    ['last week', '2022-02-21', 'week'],
    ['February 28', '2022-02-28', 'day'],
    ['Nov. 5, 1989', '1989-11-05', 'day'],
    ['December 30', '2021-12-30', 'day'],
    ['yesterday', '2022-02-27', 'day'],
    ['1988', '1988-01-01', 'year'],
  ])('%s -> %s', (expression, value, granularity) => {
    expect(resolveDate(expression, monday)).toEqual({ value, granularity });
  });

  it('leaves relative dates unresolved without an article date', () => {
    expect(resolveDate('Monday', null)).toBeUndefined();
  });
});

describe('dates in an extraction', () => {
  it('resolves day names against --date and dates the relations of their sentence', () => {
    const extraction = run('On Sunday, Canada imposed sanctions on Russia.', { date: '2022-02-28' });
    const sunday = extraction.entities.find((e) => e.type === 'DATE');
    expect(sunday).toMatchObject({
      name: '2022-02-27',
      attributes: { value: '2022-02-27', granularity: 'day' },
    });
    expect(relation(extraction, 'Canada', 'SANCTIONS', 'Russia')?.date).toBe('2022-02-27');
  });

  it('never makes a day name a person or an organization', () => {
    const extraction = run('Monday was calm. Sunday was not.');
    expect(extraction.entities.every((e) => e.type === 'DATE')).toBe(true);
  });
});
