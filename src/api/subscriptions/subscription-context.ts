/**
 * What subscription resolvers get: the API context of one event (fresh services, so every event reads a
 * fresh snapshot and no loader cache lives as long as the subscription) and the bus to subscribe to.
 */
import type { IngestEventBus } from '../../events/ingest-events';
import type { ApiContext } from '../context';

export interface SubscriptionContext extends ApiContext {
  readonly events: IngestEventBus;
  /** A context like this one with fresh services, for the next event. */
  renew(): SubscriptionContext;
}
