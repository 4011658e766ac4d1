import { EntityMatcher } from '../../../src/eval/entity-matching';
import { RelationJudge, scoreRelations } from '../../../src/eval/relation-score';
import { ExtractionBuilder } from './extraction-builder';
import { MINI_TEXT, miniGold } from './mini-gold';

/** Entities that match miniGold; returns the builder and their ids. */
function withEntities() {
  const builder = new ExtractionBuilder(MINI_TEXT);
  const ids = {
    blinken: builder.entity('Anthony Blinken', 'PERSON', { aliases: ['Blinken'] }),
    closure: builder.entity('close its embassy in Minsk', 'EVENT'),
    us: builder.entity('United States', 'COUNTRY', { aliases: ['US'] }),
    belarus: builder.entity('Belarus', 'COUNTRY'),
    russia: builder.entity('Russia', 'COUNTRY'),
    putin: builder.entity('Vladimir Putin', 'PERSON'),
    zelensky: builder.entity('Vladimir Zelensky', 'PERSON'),
    whiteHouse: builder.entity('White House', 'ORGANIZATION'),
    secretary: builder.entity('Secretary', 'CONCEPT'),
  };
  return { builder, ids };
}

function score(builder: ExtractionBuilder, gold = miniGold()) {
  const extraction = builder.build();
  const judge = new RelationJudge(new EntityMatcher(gold.entities), extraction.entities);
  return scoreRelations(judge, gold.relations, extraction.relations);
}

describe('scoreRelations', () => {
  it('finds every required relation when the extraction states them', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.blinken, 'ANNOUNCES', ids.closure);
    builder.relation(ids.us, 'SANCTIONS', ids.belarus, { modality: 'will' });
    builder.relation(ids.belarus, 'BORDERS', ids.russia);
    builder.relation(ids.putin, 'MEETS', ids.zelensky, { negated: true });
    const result = score(builder);
    expect(result).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(result.userFacts).toEqual([{ fact: 'Antony Blinken -ANNOUNCES-> embassy closure', found: true }]);
    expect(result.modality).toEqual({ agree: 1, total: 1 });
  });

  it('misses a relation with the wrong predicate and says what was found instead', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.blinken, 'STATES', ids.closure);
    builder.relation(ids.us, 'WARNS', ids.belarus);
    const result = score(builder);
    expect(result.userFacts[0]?.found).toBe(false);
    // STATES is out of scope on both sides, so it is neither a hit nor a false positive.
    expect(result.falsePositives).toEqual(['United States -WARNS-> Belarus']);
    const why = Object.fromEntries(result.missed.map((m) => [m.gold.predicate, m.why]));
    expect(why.SANCTIONS).toBe('found as United States -WARNS-> Belarus');
    expect(why.ANNOUNCES).toBe('no relation between them');
  });

  it('requires the arguments the right way round, except for symmetric predicates', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.belarus, 'SANCTIONS', ids.us);
    builder.relation(ids.russia, 'BORDERS', ids.belarus);
    const result = score(builder);
    expect(result.tp).toBe(1);
    expect(result.falsePositives).toEqual(['Belarus -SANCTIONS-> United States']);
  });

  it('requires negation to agree', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.putin, 'MEETS', ids.zelensky);
    const result = score(builder);
    expect(result.tp).toBe(0);
    expect(result.falsePositives).toEqual(['Vladimir Putin -MEETS-> Vladimir Zelensky']);
  });

  it('accepts the synonyms and inverses the gold lists', () => {
    const gold = miniGold({
      relations: [
        { subject: 'Belarus', predicate: 'BORDERS', object: 'Russia' },
        { subject: 'United States', predicate: 'SANCTIONS', object: 'Belarus', acceptPredicates: ['WARNS'] },
        { subject: 'Belarus', predicate: 'RULED_BY', object: 'Vladimir Putin', acceptInverse: ['LEADS'] },
      ],
    });
    const { builder, ids } = withEntities();
    builder.relation(ids.us, 'WARNS', ids.belarus);
    builder.relation(ids.putin, 'LEADS', ids.belarus);
    expect(score(builder, gold)).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it('counts a duplicate of a found relation as a false positive', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.belarus, 'BORDERS', ids.russia);
    builder.relation(ids.russia, 'BORDERS', ids.belarus);
    expect(score(builder)).toMatchObject({ tp: 1, fp: 1 });
  });

  it('leaves optional relations neutral', () => {
    const { builder, ids } = withEntities();
    builder.relation(ids.whiteHouse, 'WARNS', ids.belarus);
    expect(score(builder)).toMatchObject({ tp: 0, fp: 0, neutral: 1, fn: 4 });
  });

  it('needs the arguments to match as entities, type included', () => {
    const builder = new ExtractionBuilder(MINI_TEXT);
    const belarus = builder.entity('Belarus', 'ORGANIZATION');
    const russia = builder.entity('Russia', 'COUNTRY');
    builder.relation(belarus, 'BORDERS', russia);
    const result = score(builder);
    expect(result.tp).toBe(0);
    expect(result.missed.find((m) => m.gold.predicate === 'BORDERS')?.why).toBe(
      'subject "Belarus" not found',
    );
  });
});
