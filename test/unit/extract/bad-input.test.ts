import { AppError, ErrorCode } from '../../../src/errors';
import { offsetViolations, run } from './helpers';

describe('bad input', () => {
  it('gives an empty extraction for empty text', () => {
    expect(run('')).toMatchObject({ article: { sentences: [] }, entities: [], relations: [] });
  });

  it('gives an empty extraction for whitespace only', () => {
    expect(run(' \n\t\r\n  ')).toMatchObject({ article: { sentences: [] }, entities: [], relations: [] });
  });

  it('refuses NUL bytes as binary data', () => {
    expect(() => run('PK\u0003\u0004\u0000\u0000binary')).toThrow(AppError);
    try {
      run('a\u0000b');
    } catch (error) {
      expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    }
  });

  it('refuses text that is mostly control or undecodable characters', () => {
    const garbage = '\uFFFD\u0001\u0002'.repeat(100) + 'text';
    expect(() => run(garbage)).toThrow(/not text/);
  });

  it('refuses a malformed date', () => {
    expect(() => run('Belarus borders Russia.', { date: '2022-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('reads HTML as text with offsets into the original markup', () => {
    const html =
      '<html><body><p>Belarus, which borders <b>Russia</b>, held a referendum.</p><script>var x = "Ukraine";</script></body></html>';
    const extraction = run(html);
    expect(extraction.entities.map((e) => e.name).sort()).toEqual(['Belarus', 'Russia']);
    expect(offsetViolations(html, extraction)).toEqual([]);
  });

  it('gives sentences and no entities for non-English text', () => {
    const german =
      'Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler sprach in Berlin.';
    const extraction = run(german);
    expect(extraction.article.sentences.length).toBeGreaterThan(0);
    expect(extraction.entities).toEqual([]);
    expect(run('Правительство Беларуси закрыло посольство в Минске.').entities).toEqual([]);
  });

  it('finishes on 5 MB of text', () => {
    const paragraph =
      'Belarus, which borders Russia and Ukraine, is ruled by Alexander Lukashenko. He met Vladimir Putin in Moscow on Monday.\n';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const extraction = run(text, { date: '2022-02-28' });
    expect(extraction.article.sentences.length).toBeGreaterThan(80_000);
    expect(
      extraction.entities.find((e) => e.name === 'Alexander Lukashenko')?.mentions.length,
    ).toBeGreaterThan(40_000);
  }, 300_000);
});
