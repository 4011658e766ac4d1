/**
 * Turns what the CoreNLP server left in its log into an error a user can act on: out of memory, a port
 * taken, a heap the machine cannot give, jars that are incomplete; otherwise the reason and the log's tail.
 */
import { AppError, ErrorCode } from '../../errors';
import { tailOf } from '../../devdb/process-control';

export interface FailureContext {
  readonly port: number;
  readonly heap: string;
  readonly threads: number;
  readonly logFile: string;
  readonly home: string;
}

const OUT_OF_MEMORY = /java\.lang\.OutOfMemoryError/;
const PORT_TAKEN = /java\.net\.BindException|Address already in use/;
const HEAP_REFUSED = /Could not reserve enough space|Invalid maximum heap size|Cannot allocate memory/;
const JARS_MISSING =
  /ClassNotFoundException|NoClassDefFoundError|Could not find or load main class|Unable to open .* as (class path, )?filename or resource/;

export function explainServerFailure(reason: string, log: string, context: FailureContext): AppError {
  const tail = `Last lines of ${context.logFile}:\n${tailOf(log.trimEnd(), 25)}`;
  const fail = (message: string): AppError =>
    new AppError(ErrorCode.NLP_UNAVAILABLE, `${message}\n${tail}`, { logFile: context.logFile });
  if (OUT_OF_MEMORY.test(log)) {
    return fail(
      `The CoreNLP server ran out of memory (heap ${context.heap}, ${context.threads} threads). Give it more ` +
        'with NEWSGRAPH_NLP_HEAP (e.g. 6g), or fewer threads with NEWSGRAPH_NLP_THREADS, or set ' +
        'NEWSGRAPH_ANALYZER=fast to analyse without it.',
    );
  }
  if (PORT_TAKEN.test(log)) {
    return fail(
      `The CoreNLP server could not listen on port ${context.port}: something else holds it. Stop that ` +
        'program or choose another port with NEWSGRAPH_NLP_PORT=<port>.',
    );
  }
  if (HEAP_REFUSED.test(log)) {
    return fail(
      `Java could not reserve the CoreNLP heap of ${context.heap}. Choose a smaller one with ` +
        'NEWSGRAPH_NLP_HEAP (3g is the least for the default annotators), or set NEWSGRAPH_ANALYZER=fast.',
    );
  }
  if (JARS_MISSING.test(log)) {
    return fail(
      `The CoreNLP jars in ${context.home}/lib are incomplete. Delete that folder and run ` +
        '`newsgraph nlp start` again to fetch them anew.',
    );
  }
  return fail(reason);
}

/** A server that died while loading or warming its models most often lacked memory: say so. */
export function explainDeathDuringStart(log: string, context: FailureContext): AppError {
  if (OUT_OF_MEMORY.test(log) || PORT_TAKEN.test(log) || HEAP_REFUSED.test(log) || JARS_MISSING.test(log)) {
    return explainServerFailure('', log, context);
  }
  return explainServerFailure(
    'The CoreNLP server exited while loading its models; the most common cause is too little memory ' +
      `(heap ${context.heap}: try NEWSGRAPH_NLP_HEAP=6g, or NEWSGRAPH_ANALYZER=fast).`,
    log,
    context,
  );
}

export function startTimeout(timeoutMs: number, log: string, context: FailureContext): AppError {
  return explainServerFailure(
    `The CoreNLP server was not ready within ${timeoutMs / 1000} s (NEWSGRAPH_NLP_START_TIMEOUT). A busy ` +
      'or small machine may need longer.',
    log,
    context,
  );
}
