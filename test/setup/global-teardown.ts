import { stopTestCoreNlp } from './test-corenlp';
import { stopTestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await Promise.all([stopTestDatabase(), stopTestCoreNlp()]);
}
