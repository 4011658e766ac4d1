import { describeNlpStatus } from '../../../src/cli/commands/nlp';
import { startNlpEngine } from '../../../src/cli/nlp-engine';
import { loadConfig } from '../../../src/config';

const status = {
  running: false,
  pid: null,
  ready: false,
  url: 'http://127.0.0.1:9000',
  home: '/h',
  instanceDir: '/h',
  logFile: '/h/logs/corenlp.log',
};

describe('the NLP engine of a command', () => {
  it('starts nothing for the fast analyzer, whatever CORENLP_URL says', async () => {
    const progress: string[] = [];
    const engine = await startNlpEngine(loadConfig({ NEWSGRAPH_ANALYZER: 'fast' }), (m) => progress.push(m), {
      keepRunning: false,
    });
    expect(engine).toMatchObject({ analyzer: 'fast', coreNlpUrls: [], startedCoreNlp: false });
    await engine.stop();
    expect(progress).toEqual([]);
  });

  it('uses the servers CORENLP_URL names and starts none', async () => {
    const engine = await startNlpEngine(
      loadConfig({ CORENLP_URL: 'http://10.0.0.5:9000' }),
      () => undefined,
      {
        keepRunning: false,
      },
    );
    expect(engine).toMatchObject({
      analyzer: 'corenlp',
      coreNlpUrls: ['http://10.0.0.5:9000'],
      startedCoreNlp: false,
    });
  });

  it('lets an --analyzer option win over NEWSGRAPH_ANALYZER', async () => {
    const engine = await startNlpEngine(loadConfig({}), () => undefined, {
      analyzer: 'fast',
      keepRunning: true,
    });
    expect(engine.analyzer).toBe('fast');
  });
});

describe('newsgraph nlp status', () => {
  it('tells a stopped server from one newsgraph did not start', () => {
    expect(describeNlpStatus(status, null)).toMatch(/^CoreNLP: +stopped$/m);
    expect(describeNlpStatus({ ...status, ready: true }, null)).toMatch(/not started by newsgraph/);
  });

  it('says a running server is still loading until it answers /ready', () => {
    expect(describeNlpStatus({ ...status, running: true, pid: 42 }, null)).toContain(
      'running (pid 42), loading its models',
    );
    expect(describeNlpStatus({ ...status, running: true, pid: 42, ready: true }, null)).toContain(
      'running (pid 42), ready',
    );
  });

  it('says when CORENLP_URL makes the local server unused', () => {
    expect(describeNlpStatus(status, ['http://a:9000', 'http://b:9000'])).toContain(
      'CORENLP_URL=http://a:9000,http://b:9000 (this server is not used)',
    );
  });
});
