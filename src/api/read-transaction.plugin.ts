/**
 * Gives the request's read transaction its operation's name (for SHOW TRANSACTIONS and the query log)
 * and closes it once the response is ready, whether the request succeeded or failed. A request that
 * never read anything opened no transaction and closes none.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context';

export function readTransactionPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          const name = request.operationName ?? operation?.name?.value;
          if (name !== undefined) contextValue.readTransaction.describe({ operation: name });
        },
        async willSendResponse({ contextValue }) {
          await contextValue.readTransaction.close();
        },
      };
    },
  };
}
