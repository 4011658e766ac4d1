/**
 * Gives the request's read transaction its operation's name (for SHOW TRANSACTIONS and the query log)
 * and closes it once the response is ready, whether the request succeeded or failed. A request that
 * never read anything opened no transaction and closes none.
 *
 * It also remembers, per parsed document and operation, whether the operation's requests send one
 * statement (the compiled pages, entity, search, timeline, co-occurrence...) and tells the next request of
 * it so: its statement then runs as an auto-commit transaction (SharedReadTransaction). The first request of
 * an operation always runs in an explicit transaction; one that sends more than one statement, or was
 * expected to send one and sent more (its variables asked for more), marks the operation as several
 * statements for good.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { ApiContext } from './context';

type StatementsSent = 'one' | 'several';

export function readTransactionPlugin(): ApolloServerPlugin<ApiContext> {
  // Apollo keeps one DocumentNode per query text in its document store: an operation's history lives as
  // long as its document is cached.
  const sent = new WeakMap<DocumentNode, Map<string, StatementsSent>>();
  return {
    async requestDidStart() {
      let operationKey: string | undefined;
      return {
        async didResolveOperation({ operation, request, contextValue, document }) {
          const name = request.operationName ?? operation?.name?.value;
          if (name !== undefined) contextValue.readTransaction.describe({ operation: name });
          if (operation?.operation !== 'query') return;
          operationKey = name ?? '';
          if (sent.get(document)?.get(operationKey) === 'one') {
            contextValue.readTransaction.expectSingleStatement();
          }
        },
        async willSendResponse({ contextValue, document }) {
          const transaction = contextValue.readTransaction;
          await transaction.close();
          if (operationKey === undefined || document === undefined) return;
          const count = transaction.statementCount;
          if (count === 0) return;
          let operations = sent.get(document);
          if (operations === undefined) sent.set(document, (operations = new Map()));
          if (count > 1 || transaction.mispredicted) operations.set(operationKey, 'several');
          else if (operations.get(operationKey) === undefined) operations.set(operationKey, 'one');
        },
      };
    },
  };
}
