/**
 * The local Redis of the ingest queue, as the environment configures it (`newsgraph redis`, the tests).
 * In production NEWSGRAPH_REDIS_URL names a managed Redis and nothing is started.
 */
import type { Config } from '../../config';
import { RedisServer } from './redis-server';

export {
  pingRedis,
  redisConf,
  RedisServer,
  type RedisServerOptions,
  type RedisServerStatus,
} from './redis-server';

export function redisServerFromConfig(config: Config, progress?: (message: string) => void): RedisServer {
  const { redisHome, redisPort, redisMaxMemory } = config.queue;
  return new RedisServer({ home: redisHome, port: redisPort, maxMemory: redisMaxMemory, progress });
}
