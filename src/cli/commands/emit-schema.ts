/**
 * Writes the API's schema to schema/schema.graphql (sorted, so it changes only when the schema does).
 * `npm run emit:schema` runs this file directly (node dist/cli/commands/emit-schema.js); a unit test fails
 * when the committed file drifts from the code.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../../api/schema';
import { PROJECT_ROOT } from '../../config';
import { parseCommandArgs } from '../args';
import { type Command, type CommandIo, processIo } from '../command';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

const usage = `Usage: newsgraph emit-schema [--check]

Writes the GraphQL schema to schema/schema.graphql. With --check, writes nothing and exits 1 when the file
differs from the schema the code builds.`;

export const emitSchemaCommand: Command = {
  name: 'emit-schema',
  summary: 'write the GraphQL schema to schema/schema.graphql',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { values } = parseCommandArgs(args, { check: { type: 'boolean' } }, usage);
    const schema = printApiSchema();
    const relative = path.relative(process.cwd(), SCHEMA_FILE);
    if (values.check === true) {
      let committed = '';
      try {
        committed = readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        // a missing file differs
      }
      if (committed === schema) {
        io.stdout.write(`${relative} is up to date.\n`);
        return 0;
      }
      io.stderr.write(`${relative} differs from the code's schema: run npm run emit:schema.\n`);
      return 1;
    }
    mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, schema);
    io.stdout.write(`Wrote ${relative}.\n`);
    return 0;
  },
};

if (require.main === module) {
  emitSchemaCommand.run(process.argv.slice(2), processIo()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`emit-schema: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
