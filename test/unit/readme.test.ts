/** The README is the user's door: its configuration table must say what src/config.ts reads. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENV_VARS, PROJECT_ROOT } from '../../src/config';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

function tableRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)) {
    rows.set(match[1] as string, (match[2] as string).trim());
  }
  return rows;
}

describe('README configuration table', () => {
  const rows = tableRows();

  it.each(ENV_VARS.map(([name, fallback]) => [name, fallback]))(
    'documents %s with its default %s',
    (name, fallback) => {
      expect(rows.get(name)).toBe(fallback);
    },
  );

  it('documents no variable that the config does not read', () => {
    const known = new Set<string>(ENV_VARS.map(([name]) => name));
    expect([...rows.keys()].filter((name) => !known.has(name))).toEqual([]);
  });

  it('starts with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm test');
  });
});
