import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { CORENLP_VERSION } from '../../../src/nlp/corenlp-client';
import { ErrorCode, exitCodeOf } from '../../../src/errors';
import { CoreNlpServer, ensureNlpServer } from '../../../src/services/corenlp';
import { explainMavenFailure } from '../../../src/devdb/fetch';
import { checkJava } from '../../../src/devdb/prerequisites';
import {
  CORENLP_SERVICE,
  downloadReporter,
  isCoreNlpFetched,
  lastTransferProgress,
  pinnedCoreNlpVersion,
} from '../../../src/services/corenlp/fetch';
import { coreNlpDistribution, coreNlpInstance } from '../../../src/services/corenlp/layout';
import {
  javaArguments,
  nonLoopbackSubnets,
  renderBlockList,
  renderServerProperties,
  serverProperties,
} from '../../../src/services/corenlp/server-arguments';
import {
  explainDeathDuringStart,
  explainServerFailure,
  startTimeout,
} from '../../../src/services/corenlp/start-failure';

const scratch: string[] = [];
function scratchHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'ng-corenlp-'));
  scratch.push(home);
  return home;
}
afterAll(() => scratch.forEach((home) => rmSync(home, { recursive: true, force: true })));

const context = { port: 19999, heap: '4g', threads: 2, logFile: '/h/logs/corenlp.log', home: '/h' };

function ipv4(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

function blocked(address: string): boolean {
  return nonLoopbackSubnets().some((subnet) => {
    const [base, bits] = subnet.split('/') as [string, string];
    const size = 2 ** (32 - Number(bits));
    return Math.floor(ipv4(address) / size) === Math.floor(ipv4(base) / size);
  });
}

describe('the CoreNLP server command line', () => {
  const args = javaArguments(
    { port: 19001, heap: '3g', threads: 2, requestTimeoutMs: 60_000 },
    coreNlpDistribution('/h'),
    coreNlpInstance('/h/instances/t'),
  );
  const after = (flag: string): string | undefined => args[args.indexOf(flag) + 1];

  it('runs the server class from the jars in the home with the configured heap', () => {
    expect(args[0]).toBe('-Xmx3g');
    expect(after('-cp')).toBe('/h/lib/*');
    expect(args).toContain('edu.stanford.nlp.pipeline.StanfordCoreNLPServer');
    expect(args).toContain('-XX:+ExitOnOutOfMemoryError');
  });

  it('passes the port, threads, timeout and the annotators to preload', () => {
    expect(after('-port')).toBe('19001');
    expect(after('-threads')).toBe('2');
    expect(after('-timeout')).toBe('60000');
    expect(after('-quiet')).toBe('true');
    expect(after('-preload')).toBe('tokenize,ssplit,pos,lemma,ner,depparse');
    expect(after('-serverProperties')).toBe('/h/instances/t/conf/server.properties');
  });

  it('keeps the server to loopback: IPv4 only, with the block list switched on', () => {
    expect(args).toContain('-Djava.net.preferIPv4Stack=true');
    expect(after('-stanford')).toBe('true');
    expect(after('-blockList')).toBe('/h/instances/t/conf/block-list.txt');
  });

  it.each(['127.0.0.1', '127.255.255.254'])('lets the loopback address %s through', (address) => {
    expect(blocked(address)).toBe(false);
  });

  it.each(['0.0.0.0', '10.1.2.3', '126.255.255.255', '128.0.0.0', '192.0.2.2', '255.255.255.255'])(
    'blocks %s',
    (address) => {
      expect(blocked(address)).toBe(true);
    },
  );

  it('writes the block list one subnet a line, with nothing the server could not parse', () => {
    expect(renderBlockList().trim().split('\n')).toEqual(nonLoopbackSubnets());
  });

  it('makes the default annotators the defaults of requests that name none', () => {
    const properties = renderServerProperties(serverProperties({}));
    expect(properties).toContain('annotators = tokenize,ssplit,pos,lemma,ner,depparse');
    expect(properties).toContain('ner.useSUTime = false');
    expect(properties).toContain('ner.applyFineGrained = false');
    expect(serverProperties({ annotators: 'tokenize,ssplit' }).annotators).toBe('tokenize,ssplit');
  });
});

describe('fetching CoreNLP', () => {
  it('pins CoreNLP 4.5.10 in its pom.xml, the version the client reports', () => {
    expect(pinnedCoreNlpVersion()).toBe('4.5.10');
    expect(pinnedCoreNlpVersion()).toBe(CORENLP_VERSION);
  });

  it('does not take an empty home for a fetched one', () => {
    const home = scratchHome();
    expect(isCoreNlpFetched(home)).toBe(false);
  });

  it.each([
    ['Progress (1): 120/475 MB\rProgress (1): 121/475 MB', { done: 121e6, total: 475e6 }],
    ['Progress (1): stanford-corenlp-4.5.10-models.jar (2.5/475 MB)', { done: 2.5e6, total: 475e6 }],
    ['Progress (2): 4.1/12 kB | 3/8 kB', { done: 4.1e3, total: 12e3 }],
    ['Progress (2): 3/8 kB | 300/475 MB', { done: 300e6, total: 475e6 }],
    ['Downloaded from central: x.pom (998 B at 3.6 kB/s)', null],
  ])('reads the transfer progress in %j', (text, expected) => {
    expect(lastTransferProgress(text)).toEqual(expected);
  });

  it('reports a large download every 10 % and ignores small files', () => {
    const lines: string[] = [];
    const report = downloadReporter((line) => lines.push(line));
    report('Progress (1): 5/12 kB');
    for (let mb = 0; mb <= 475; mb += 5) report(`Progress (1): ${mb}/475 MB\r`);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toContain('0 of 475 MB');
    expect(lines[10]).toContain('475 of 475 MB');
  });
});

describe('what CoreNLP needs from the machine', () => {
  it('names Java, the CoreNLP server and the ways around it when Java is missing', async () => {
    const error = await checkJava('/nonexistent/bin/java', CORENLP_SERVICE).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.DEPENDENCY_MISSING });
    expect((error as Error).message).toContain('The local CoreNLP server needs Java 17');
    expect((error as Error).message).toContain('CORENLP_URL');
    expect((error as Error).message).toContain('NEWSGRAPH_ANALYZER=fast');
  });

  it('says Maven Central cannot be reached when the jars cannot be downloaded', () => {
    const error = explainMavenFailure(
      '[ERROR] Could not transfer artifact edu.stanford.nlp:stanford-corenlp:jar:models:4.5.10 from/to central',
      CORENLP_SERVICE,
    );
    expect(error.code).toBe(ErrorCode.DEPENDENCY_MISSING);
    expect(exitCodeOf(error.code)).toBe(69);
    expect(error.message).toContain('to fetch Stanford CoreNLP and its English models');
    expect(error.message).toContain('`newsgraph nlp start`');
  });
});

describe('explaining a CoreNLP server that failed', () => {
  it('says the server ran out of memory and names the heap variable', () => {
    const error = explainServerFailure(
      'died',
      'Terminating due to java.lang.OutOfMemoryError: Java heap space',
      context,
    );
    expect(error.code).toBe(ErrorCode.NLP_UNAVAILABLE);
    expect(exitCodeOf(error.code)).not.toBe(0);
    expect(error.message).toMatch(/out of memory/);
    expect(error.message).toContain('NEWSGRAPH_NLP_HEAP');
    expect(error.message).toContain('java.lang.OutOfMemoryError');
  });

  it('says the port is taken', () => {
    const error = explainServerFailure('died', 'java.net.BindException: Address already in use', context);
    expect(error.message).toContain('port 19999');
    expect(error.message).toContain('NEWSGRAPH_NLP_PORT');
  });

  it('says the heap cannot be reserved', () => {
    const error = explainServerFailure(
      'died',
      'Error: Could not reserve enough space for object heap',
      context,
    );
    expect(error.message).toMatch(/could not reserve the CoreNLP heap of 4g/);
  });

  it('says the jars are incomplete', () => {
    const error = explainServerFailure(
      'died',
      'Error: Could not find or load main class edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
      context,
    );
    expect(error.message).toContain('/h/lib are incomplete');
  });

  it('takes a death while loading for a lack of memory when the log says nothing else', () => {
    expect(explainDeathDuringStart('Killed', context).message).toMatch(
      /most common cause is too little memory/,
    );
  });

  it('gives the start timeout with the tail of the log', () => {
    const log = Array.from({ length: 60 }, (_, i) => `line ${i}`).join('\n');
    const error = startTimeout(180_000, log, context);
    expect(error.message).toContain('within 180 s');
    expect(error.message).toContain('NEWSGRAPH_NLP_START_TIMEOUT');
    expect(error.message).toContain('line 59');
    expect(error.message).not.toContain('line 20\n');
  });
});

describe('ensureNlpServer', () => {
  it('uses the servers CORENLP_URL names and starts none', async () => {
    const config = loadConfig({
      CORENLP_URL: 'http://127.0.0.1:1,http://127.0.0.1:2',
      NEWSGRAPH_NLP_HOME: '/nonexistent',
    });
    const handle = await ensureNlpServer(config);
    expect(handle).toMatchObject({ urls: ['http://127.0.0.1:1', 'http://127.0.0.1:2'], started: false });
    await expect(handle.stop()).resolves.toBeUndefined();
  });
});

describe('CoreNlpServer', () => {
  it('does not take a stale pid file for a running server, and removes it', () => {
    const home = scratchHome();
    const { pidFile } = coreNlpInstance(home);
    mkdirSync(path.dirname(pidFile), { recursive: true });
    writeFileSync(pidFile, `${process.pid}\n`); // alive, but not a CoreNLP server of this home
    const server = new CoreNlpServer({
      home,
      port: 1,
      heap: '1g',
      threads: 1,
      requestTimeoutMs: 1000,
      startTimeoutMs: 5000,
    });
    expect(server.runningPid()).toBeNull();
    expect(server.url).toBe('http://127.0.0.1:1');
  });
});
