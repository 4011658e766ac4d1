/** The pure parts of the ingest queue: job ids, refusals, the local Redis's config, redacted URLs. */
import { describeQueue } from '../../../src/cli/commands/queue';
import { analyzerVersionOf } from '../../../src/cli/analyzer';
import { redactedUrl } from '../../../src/ingest/queue/connection';
import { jobIdOf, planJob } from '../../../src/ingest/queue/jobs';
import { redisConf } from '../../../src/services/redis';

const plan = {
  analyzer: 'fast' as const,
  analyzerVersion: analyzerVersionOf('fast'),
  maxArticleBytes: 1_000,
};

describe('planJob', () => {
  it('names a job by its article: the same article from two origins is the same job', () => {
    const a = planJob({ origin: 'a.jsonl:1', input: { id: 'x', text: 'Alice met Bob.' } }, plan);
    const b = planJob({ origin: 'b.jsonl:7', input: { id: 'x', text: 'Alice met Bob.' } }, plan);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    expect(b.id).toBe(a.id);
    expect(a.data).toEqual({
      origin: 'a.jsonl:1',
      analyzer: 'fast',
      input: { id: 'x', text: 'Alice met Bob.' },
    });
  });

  it('gives another job to another id, text, date or analyzer', () => {
    const base = planJob({ origin: 'o', input: { id: 'x', text: 'Alice met Bob.' } }, plan).id;
    const others = [
      planJob({ origin: 'o', input: { id: 'y', text: 'Alice met Bob.' } }, plan).id,
      planJob({ origin: 'o', input: { id: 'x', text: 'Alice met Carol.' } }, plan).id,
      planJob({ origin: 'o', input: { id: 'x', text: 'Alice met Bob.', date: '2024-01-02' } }, plan).id,
      planJob(
        { origin: 'o', input: { id: 'x', text: 'Alice met Bob.' } },
        { ...plan, analyzer: 'corenlp', analyzerVersion: analyzerVersionOf('corenlp') },
      ).id,
    ];
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it('fills in the id an article without one gets, so the worker writes the id the job was named by', () => {
    const job = planJob({ origin: 'stdin', input: { text: 'Alice met Bob.' } }, plan);
    expect(job.data.input?.id).toMatch(/^article-[0-9a-f]{16}$/);
    const named = planJob(
      { origin: 'other', input: { id: job.data.input?.id, text: 'Alice met Bob.' } },
      plan,
    );
    expect(named.id).toBe(job.id);
    expect(jobIdOf('a', 'h')).not.toBe(jobIdOf('b', 'h'));
  });

  it('turns an input it cannot check, or one that could not be read, into a refusal with its reason', () => {
    expect(planJob({ origin: 'e.txt', input: { text: '  ' } }, plan).data.refused).toMatch(/empty/);
    expect(planJob({ origin: 'big.txt', input: { text: 'x'.repeat(2_000) } }, plan).data.refused).toMatch(
      /over the limit/,
    );
    const unreadable = planJob({ origin: 'feed.jsonl:3', error: new Error('not JSON: bad') }, plan);
    expect(unreadable).toEqual({
      id: expect.stringMatching(/^refused-[0-9a-f]{64}$/),
      data: { origin: 'feed.jsonl:3', analyzer: 'fast', refused: 'not JSON: bad' },
    });
    expect(planJob({ origin: 'feed.jsonl:3', error: new Error('not JSON: bad') }, plan).id).toBe(
      unreadable.id,
    );
  });
});

describe('the local Redis', () => {
  it('listens on loopback only, keeps its data in an append-only file and never evicts a job', () => {
    const conf = redisConf({ home: '/srv/redis', port: 6380, maxMemory: '256mb' });
    expect(conf).toMatch(/^bind 127\.0\.0\.1$/m);
    expect(conf).toMatch(/^port 6380$/m);
    expect(conf).toMatch(/^dir \/srv\/redis\/data$/m);
    expect(conf).toMatch(/^appendonly yes$/m);
    expect(conf).toMatch(/^maxmemory 256mb$/m);
    expect(conf).toMatch(/^maxmemory-policy noeviction$/m);
  });
});

describe('messages', () => {
  it('never print a Redis password', () => {
    expect(redactedUrl('redis://user:s3cret@host:6379/0')).toBe('redis://user:***@host:6379/0');
    expect(redactedUrl('rediss://:s3cret@host:6380')).toBe('rediss://:***@host:6380');
    expect(redactedUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('queue status shows the counts and the last failures with their reasons', () => {
    const text = describeQueue({
      counts: { waiting: 3, active: 2, delayed: 1, completed: 10, failed: 1 },
      lastFailures: [
        {
          id: 'refused-0123456789abcdef0123',
          state: 'failed',
          origin: 'german.txt',
          articleId: null,
          attempts: 1,
          failedReason: 'the article is not English: the extractor reads English only',
          outcome: null,
        },
      ],
    });
    expect(text).toBe(
      'Waiting: 3  Active: 2  Delayed (retry): 1  Done: 10  Failed: 1\nLast failures:\n' +
        '  german.txt: the article is not English: the extractor reads English only (job refused-01234567, 1 tries)',
    );
  });
});
