import { fencedBlocks, operationsOf, shellCommands } from '../e2e/support/readme-examples';

describe('reading the README examples', () => {
  it('finds fenced blocks with their language and line', () => {
    const markdown = 'Text\n```sh\necho one\n```\n\n```graphql\n{ a }\n```\n```\nplain\n```\n';
    expect(fencedBlocks(markdown)).toEqual([
      { language: 'sh', body: 'echo one', line: 2 },
      { language: 'graphql', body: '{ a }', line: 6 },
      { language: '', body: 'plain', line: 9 },
    ]);
  });

  it('joins continued lines and drops aligned comments, not a # inside a command', () => {
    expect(
      shellCommands("curl -s x \\\n  -d '{\"a\":1}'\nnpx newsgraph neo4j start    # start it\necho '#1'\n"),
    ).toEqual(['curl -s x    -d \'{"a":1}\'', 'npx newsgraph neo4j start', "echo '#1'"]);
  });

  it('takes operations, not schema sketches or other text', () => {
    expect(operationsOf('query Q { a }')).not.toBeNull();
    expect(operationsOf('type Query { a: Int }')).toBeNull();
    expect(operationsOf('interface Node { id }\ntype X implements Node { id name }')).toBeNull();
  });
});
