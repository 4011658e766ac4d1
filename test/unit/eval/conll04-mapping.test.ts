import { ENTITY_TYPE_MAP, PREDICATE_RULES, predicateRule } from '../../../src/eval/conll04-mapping';
import { ENTITY_TYPES, isKnownPredicate } from '../../../src/vocabulary';

describe('the CoNLL04 mapping', () => {
  it('maps every entity type of the vocabulary, to a CoNLL04 type or to nothing', () => {
    expect(Object.keys(ENTITY_TYPE_MAP).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('names only predicates of the vocabulary', () => {
    expect(PREDICATE_RULES.filter((rule) => !isKnownPredicate(rule.predicate))).toEqual([]);
  });

  it('gives each predicate and argument types at most one CoNLL04 relation', () => {
    const keys = PREDICATE_RULES.map((r) => `${r.predicate}:${r.subject}:${r.object}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each relation the argument types CoNLL04 defines for it', () => {
    const signature = {
      Work_For: 'Peop-Org',
      Kill: 'Peop-Peop',
      OrgBased_In: 'Org-Loc',
      Live_In: 'Peop-Loc',
      Located_In: 'Loc-Loc',
    };
    for (const rule of PREDICATE_RULES) {
      const [head, tail] = rule.reversed ? [rule.object, rule.subject] : [rule.subject, rule.object];
      expect(`${rule.predicate}: ${head}-${tail}`).toBe(`${rule.predicate}: ${signature[rule.relation]}`);
    }
  });

  it('reads LOCATED_IN by its argument types', () => {
    expect(predicateRule('LOCATED_IN', 'Org', 'Loc')?.relation).toBe('OrgBased_In');
    expect(predicateRule('LOCATED_IN', 'Loc', 'Loc')?.relation).toBe('Located_In');
    expect(predicateRule('LOCATED_IN', 'Peop', 'Loc')?.relation).toBe('Live_In');
    expect(predicateRule('LOCATED_IN', 'Loc', 'Peop')).toBeUndefined();
  });
});
