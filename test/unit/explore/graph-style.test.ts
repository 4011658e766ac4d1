import { renderGraphStyle } from '../../../src/explore/graph-style';
import { ENTITY_TYPES, labelOf } from '../../../src/vocabulary';

/** Parses GraSS into selector -> properties (one rule a block, its closing brace on a line of its own). */
function parseGrass(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const match of text.matchAll(/([\w.]+)\s*\{\n([\s\S]*?)\n\}/g)) {
    const properties: Record<string, string> = {};
    for (const declaration of (match[2] ?? '').split(';')) {
      const [name, ...value] = declaration.split(':');
      if (name?.trim()) properties[name.trim()] = value.join(':').trim();
    }
    rules.set(match[1] ?? '', properties);
  }
  return rules;
}

describe('graph style', () => {
  const rules = parseGrass(renderGraphStyle());

  it('gives every entity type its own colour, captioned by name', () => {
    const colours = ENTITY_TYPES.map((type) => rules.get(`node.${labelOf(type)}`)?.color);
    expect(colours.every((colour) => /^#[0-9A-F]{6}$/i.test(colour ?? ''))).toBe(true);
    expect(new Set(colours).size).toBe(ENTITY_TYPES.length);
    for (const type of ENTITY_TYPES) expect(rules.get(`node.${labelOf(type)}`)?.caption).toBe("'{name}'");
  });

  it('captions relationships by type and draws facts thicker than MENTIONS', () => {
    const width = (selector: string) => parseInt(rules.get(selector)?.['shaft-width'] ?? '0', 10);
    expect(rules.get('relationship')?.caption).toBe("'<type>'");
    expect(width('relationship')).toBeGreaterThan(width('relationship.MENTIONS'));
  });

  it('captions articles by title', () => {
    expect(rules.get('node.Article')?.caption).toBe("'{title}'");
  });

  it('puts the type rules after the Entity rule, so they win for nodes carrying both labels', () => {
    const text = renderGraphStyle();
    expect(text.indexOf('node.Entity')).toBeLessThan(text.indexOf('node.Person'));
  });
});
