import { duration, progressBar, resultLine, summaryText } from '../../../src/ingest/ingest-report';
import { ErrorCode } from '../../../src/errors';

describe('progressBar', () => {
  it('shows count, rate and ETA', () => {
    expect(progressBar({ done: 50, total: 200, failed: 1, seconds: 10 })).toBe(
      '[#######---------------------] 50/200  5.0 articles/s  ETA 30s  1 failed',
    );
  });

  it('shows count and rate when the total is unknown', () => {
    expect(progressBar({ done: 3, total: null, failed: 0, seconds: 2 })).toBe('3 articles  1.5 articles/s');
  });

  it('formats durations', () => {
    expect([duration(5), duration(65), duration(3600)]).toEqual(['5s', '1m05s', '60m00s']);
  });
});

describe('lines and summary', () => {
  it('says what happened to each article', () => {
    expect(
      resultLine({ origin: 'a.txt', outcome: { articleId: 'a', status: 'new', entities: 3, relations: 2 } }),
    ).toBe('new        a.txt (id a): 3 entities, 2 relations');
    expect(resultLine({ origin: 'b.jsonl:4', error: new Error('not JSON') })).toBe(
      'failed     b.jsonl:4: not JSON',
    );
  });

  it('sums up the run and lists the failures', () => {
    const summary = {
      new: 2,
      unchanged: 1,
      replaced: 0,
      failed: 1,
      entities: 10,
      relations: 7,
      seconds: 1.25,
      failures: [{ origin: 'x.txt', message: 'the file is empty', code: ErrorCode.BAD_USER_INPUT }],
    };
    expect(summaryText(summary)).toBe(
      [
        'Articles: 2 new, 1 unchanged, 0 replaced, 1 failed',
        'Entities: 10  Relations: 7  Seconds: 1.3',
        'Failed:',
        '  x.txt: the file is empty',
      ].join('\n'),
    );
  });
});
