import { chosenAnalyzer, openAnalyzer } from '../../../src/cli/analyzer';
import { loadConfig } from '../../../src/config';
import { ErrorCode } from '../../../src/errors';
import { EXTRACTOR_VERSION } from '../../../src/extract/version';

describe('the analyzer a command runs', () => {
  const config = loadConfig({ NEWSGRAPH_ANALYZER: 'fast', NEWSGRAPH_NLP_THREADS: '3' });

  it('is --analyzer when given, else NEWSGRAPH_ANALYZER', () => {
    expect(chosenAnalyzer(undefined, config, 'usage')).toBe('fast');
    expect(chosenAnalyzer('corenlp', config, 'usage')).toBe('corenlp');
    expect(() => chosenAnalyzer('spacy', config, 'usage')).toThrow(
      expect.objectContaining({
        code: ErrorCode.BAD_USER_INPUT,
        message: expect.stringMatching(/^--analyzer is corenlp or fast, not "spacy"/),
      }),
    );
  });

  it('opens the fast analyzer, its extractor carrying EXTRACTOR_VERSION', async () => {
    const opened = openAnalyzer(config, { analyzer: 'fast', coreNlpUrls: [] });
    expect(opened.analyzer.identity.name).toBe('fast');
    expect(opened.extractor.version).toBe(EXTRACTOR_VERSION);
    await opened.close();
  });

  it('opens the corenlp analyzer on the engine’s servers, its version naming CoreNLP', async () => {
    const opened = openAnalyzer(
      config,
      { analyzer: 'corenlp', coreNlpUrls: ['http://127.0.0.1:9'] },
      { inline: true },
    );
    expect(opened.analyzer.identity).toMatchObject({ name: 'corenlp', version: '4.5.10' });
    expect(opened.extractor.version).toMatch(/\+corenlp-4\.5\.10-/);
    await opened.close();
  });
});
