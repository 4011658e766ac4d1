import { EntityMatcher } from '../../../src/eval/entity-matching';
import { checkAliasGroups, findFalseMerges } from '../../../src/eval/merge-checks';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT, miniGold } from './mini-gold';

function entities(build: (builder: ExtractionBuilder) => void) {
  const builder = new ExtractionBuilder(MINI_TEXT);
  build(builder);
  return builder.build().entities;
}

describe('checkAliasGroups', () => {
  const gold = miniGold().entities;

  it('checks only groups with two or more forms in the text, leaving out forms the text lacks', () => {
    const groups = checkAliasGroups(gold, [], MINI_TEXT);
    expect(groups.map((g) => g.gold)).toEqual(['United States', 'Antony Blinken']);
    // "Antony Blinken" (the canonical spelling) does not occur in the text, so it is not required.
    expect(groups[1]?.forms).toEqual(['Anthony Blinken', 'Blinken']);
  });

  it('passes a group when one predicted entity carries all of its forms', () => {
    const predicted = entities((b) => {
      b.entity('Anthony Blinken', 'PERSON', { aliases: ['Blinken'] });
      b.entity('United States', 'COUNTRY', { aliases: ['US'] });
    });
    expect(checkAliasGroups(gold, predicted, MINI_TEXT).every((g) => g.merged)).toBe(true);
  });

  it('fails a group split over two entities and says who holds each form', () => {
    const predicted = entities((b) => {
      b.entity('Anthony Blinken', 'PERSON');
      b.entity('Blinken', 'ORGANIZATION');
    });
    const blinken = checkAliasGroups(gold, predicted, MINI_TEXT).find((g) => g.gold === 'Antony Blinken');
    expect(blinken?.merged).toBe(false);
    expect(blinken?.holders).toEqual([
      '"Anthony Blinken" -> Anthony Blinken (PERSON)',
      '"Blinken" -> Blinken (ORGANIZATION)',
    ]);
  });

  it('reports a form that no entity carries', () => {
    const predicted = entities((b) => b.entity('United States', 'COUNTRY'));
    const us = checkAliasGroups(gold, predicted, MINI_TEXT).find((g) => g.gold === 'United States');
    expect(us?.holders).toContain('"US" -> not found');
  });
});

describe('findFalseMerges', () => {
  const gold = miniGold();
  const matcher = new EntityMatcher(gold.entities);

  it('finds nothing when every predicted entity names one gold entity', () => {
    const predicted = entities((b) => {
      b.entity('Vladimir Putin', 'PERSON');
      b.entity('Vladimir Zelensky', 'PERSON');
    });
    expect(findFalseMerges(matcher, predicted, gold)).toEqual([]);
  });

  it('flags an entity whose forms name two gold entities, and marks the named traps', () => {
    const predicted = entities((b) =>
      b.entity('Vladimir Putin', 'PERSON', { aliases: ['Vladimir Zelensky'] }),
    );
    const [merge] = findFalseMerges(matcher, predicted, gold);
    expect(merge?.gold).toEqual(['Vladimir Putin', 'Vladimir Zelensky']);
    expect(merge?.namedTrap).toBe(true);
  });

  it('flags merges the annotator did not name, and allows the pairs under mayMerge', () => {
    const predicted = entities((b) => b.entity('Belarus', 'COUNTRY', { aliases: ['Russia'] }));
    expect(findFalseMerges(matcher, predicted, gold)[0]?.namedTrap).toBe(false);
    const lenient = miniGold({ mayMerge: [['Belarus', 'Russia']] });
    expect(findFalseMerges(new EntityMatcher(lenient.entities), predicted, lenient)).toEqual([]);
  });
});
