/** The examples of the README: its fenced code blocks, and the shell commands and GraphQL operations in them. */
import { parse, type DocumentNode } from 'graphql';

export interface FencedBlock {
  readonly language: string;
  readonly body: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    blocks.push({ language: open[1] ?? '', body: body.join('\n'), line: start + 1 });
  }
  return blocks;
}

/**
 * The commands of a shell block: continued lines (ending in "\") joined, and a trailing comment (after two
 * or more spaces, as the README aligns them) dropped.
 */
export function shellCommands(body: string): string[] {
  const commands: string[] = [];
  let current = '';
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s{2,}#\s.*$/, '');
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    current += line;
    if (current.trim() !== '') commands.push(current.trim().replace(/\s+\\?\s*$/, ''));
    current = '';
  }
  return commands;
}

/** The block as GraphQL operations, or null when it is something else (a schema sketch, not GraphQL). */
export function operationsOf(body: string): DocumentNode | null {
  try {
    const document = parse(body);
    return document.definitions.every((d) => d.kind === 'OperationDefinition') ? document : null;
  } catch {
    return null;
  }
}
