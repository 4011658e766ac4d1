/**
 * How each subscription event is executed: graphql-js's subscribe, except that every event gets a context
 * of its own (fresh services and loaders: one snapshot per event, no cache that lives as long as the
 * subscription) and the response byte ceiling; a subscriber dropped by the bus ends with
 * SUBSCRIBER_TOO_SLOW.
 */
import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
} from 'graphql';
import { EventSubscriberOverflow, type EventSubscription } from '../../events/event-bus';
import { ApiError, ApiErrorCode } from '../errors';
import { jsonBytesOver } from '../limits/response-size';
import type { SubscriptionContext } from './subscription-context';

/**
 * graphql-js's subscribe, except that each event runs with a context of its own (the one of the
 * subscribe call only serves to subscribe) and is held to the response byte ceiling.
 */
export async function subscribeWithFreshContexts(
  args: ExecutionArgs,
  maxResponseBytes: number,
): Promise<EventSubscription<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return { errors: (source.errors ?? []).map(inputError) };
  const subscribed = args.contextValue as SubscriptionContext;
  const runEvent = async (event: unknown): Promise<ExecutionResult> => {
    const contextValue = subscribed.renew();
    // The event's reads share one read transaction, closed once its result is built (no HTTP response
    // closes it here, as readTransactionPlugin does for a request).
    let result: ExecutionResult;
    try {
      result = await execute({ ...args, rootValue: event, contextValue });
    } finally {
      await contextValue.readTransaction.close();
    }
    if (!jsonBytesOver(result, maxResponseBytes)) return result;
    return {
      errors: [
        new ApiError(
          `The event's result would be larger than ${maxResponseBytes} bytes (NEWSGRAPH_MAX_RESPONSE_BYTES); ` +
            'select fewer fields.',
          ApiErrorCode.RESPONSE_TOO_LARGE,
          { limit: maxResponseBytes },
        ),
      ],
    };
  };
  const iterator = source as EventSubscription<unknown>;
  const results: EventSubscription<ExecutionResult> = {
    next: async () => {
      let step: IteratorResult<unknown, void>;
      try {
        step = await iterator.next();
      } catch (error) {
        if (error instanceof EventSubscriberOverflow) {
          throw new ApiError(
            `The subscription was ended: ${error.message}. Subscribe again, and read events as they come.`,
            ApiErrorCode.SUBSCRIBER_TOO_SLOW,
          );
        }
        throw error;
      }
      return step.done === true
        ? { value: undefined, done: true }
        : { value: await runEvent(step.value), done: false };
    },
    return: async () => {
      await iterator.return();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await iterator.return();
      throw error;
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}

/** Errors before the stream starts without an error of ours behind them are about the variables. */
function inputError(error: GraphQLError): GraphQLError {
  if (error.originalError !== undefined || typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    extensions: { code: ApiErrorCode.BAD_USER_INPUT },
  });
}
