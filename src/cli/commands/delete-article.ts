import { loadConfig } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import { deleteArticle } from '../../graph/ingest';
import { openDatabase } from '../open-database';
import { createLogger } from '../../logger';
import { parseCommandArgs, usageError } from '../args';
import type { Command, CommandIo } from '../command';

const usage = `Usage: newsgraph delete-article <id>

Deletes the article with this id, its MENTIONS and its facts, and every entity no other article
mentions, in one transaction. Facts other articles support stay. Exit status 66 when there is no such
article.`;

export const deleteArticleCommand: Command = {
  name: 'delete-article',
  summary: 'retract an article: its facts, mentions and the entities only it mentioned',
  usage,
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {}, usage);
    const [id, ...rest] = positionals;
    if (id === undefined || rest.length > 0)
      throw usageError('delete-article: expected one article id', usage);
    const config = loadConfig(io.env);
    const db = await openDatabase(
      config,
      (message) => io.stderr.write(`${message}\n`),
      createLogger(config.logLevel),
    );
    try {
      const result = await deleteArticle(db, id);
      if (!result.deleted) throw new AppError(ErrorCode.NOT_FOUND, `no article with id "${id}"`);
      io.stdout.write(
        `Deleted article "${id}": ${result.relationsRemoved} relations and ${result.entitiesRemoved} entities removed.\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
