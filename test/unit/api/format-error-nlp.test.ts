import { GraphQLError } from 'graphql';
import { createFormatError } from '../../../src/api/format-error';
import { AppError, ErrorCode } from '../../../src/errors';
import { createLogger } from '../../../src/logger';

/** What a client sees when ingestArticle meets a CoreNLP failure: its own code, no URL, no stack. */
describe('formatError for NLP failures', () => {
  const formatError = createFormatError(createLogger('silent'));
  const seen = (error: AppError) =>
    formatError(
      { message: error.message, path: ['ingestArticle'] },
      new GraphQLError(error.message, { originalError: error, path: ['ingestArticle'] }),
    );

  it('says CoreNLP is unavailable without naming its address', () => {
    const error = new AppError(
      ErrorCode.NLP_UNAVAILABLE,
      'the CoreNLP server at http://10.0.0.5:9000 is not reachable',
    );
    expect(seen(error)).toEqual({
      path: ['ingestArticle'],
      message: expect.stringMatching(
        /^The NLP server \(CoreNLP\) is not reachable or out of memory right now; nothing was stored/,
      ),
      extensions: { code: 'NLP_UNAVAILABLE', requestId: 'none' },
    });
  });

  it('says CoreNLP failed on the article', () => {
    const error = new AppError(
      ErrorCode.NLP_FAILED,
      'CoreNLP at http://10.0.0.5:9000 did not answer within 120 s',
    );
    const formatted = seen(error);
    expect(formatted.extensions?.code).toBe('NLP_FAILED');
    expect(formatted.message).toMatch(/could not read this article/);
    expect(formatted.message).not.toContain('10.0.0.5');
  });
});
