import { stopTestCoreNlp } from './test-corenlp';
import { stopTestDatabase } from './test-database';
import { stopTestRedis } from './test-redis';

export default async function globalTeardown(): Promise<void> {
  await Promise.all([stopTestDatabase(), stopTestCoreNlp(), stopTestRedis()]);
}
