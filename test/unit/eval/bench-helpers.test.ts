import { ARTICLE_CHARS, loadSotuCorpus, toArticles } from '../../../bench/corpus';
import { median, RssSampler, timePass } from '../../../bench/measure';
import path from 'node:path';

describe('toArticles (bench corpus)', () => {
  it('cuts at the first sentence end after the size, losing no text but the spaces between pieces', () => {
    const speech = 'One two. Three four! Five six? Seven.';
    const articles = toArticles(speech, 5);
    expect(articles).toEqual(['One two.', 'Three four!', 'Five six?', 'Seven.']);
    expect(articles.join(' ')).toBe(speech);
  });

  it('keeps a closing quote with its sentence and takes the rest when no sentence ends', () => {
    expect(toArticles('He said "no." Then left', 3)).toEqual(['He said "no."', 'Then left']);
    expect(toArticles('no end here', 3)).toEqual(['no end here']);
  });
});

describe('loadSotuCorpus', () => {
  it('reads all 233 addresses into article-sized pieces, about 10 MB in all', () => {
    const corpus = loadSotuCorpus(path.resolve(__dirname, '../../..'));
    expect(corpus.name).toContain('233 speeches');
    expect(corpus.bytes).toBeGreaterThan(10e6);
    const longest = Math.max(...corpus.articles.map((a) => a.length));
    expect(longest).toBeLessThan(ARTICLE_CHARS * 3);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of nothing');
  });
});

describe('timePass and RssSampler', () => {
  it('runs the work on every article, converts bytes to MB per second and per CPU-second, samples RSS', () => {
    const seen: string[] = [];
    const rss = new RssSampler();
    const result = timePass(['a', 'b'], 2e6, (text) => seen.push(text), rss);
    expect(seen).toEqual(['a', 'b']);
    expect(result.mbPerSecond).toBeCloseTo(2 / result.seconds);
    expect(result.mbPerCpuSecond).toBeCloseTo(2 / result.cpuSeconds);
    expect(result.cpuSeconds).toBeGreaterThan(0);
    expect(rss.peakBytes).toBeGreaterThan(0);
  });
});
