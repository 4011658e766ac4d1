import { entityNamed, facts, relation, run } from './helpers';

describe('events and their arguments', () => {
  it('links an event to its agent and patient', () => {
    const extraction = run("Russia's invasion of Ukraine began in February.");
    const event = "Russia's invasion of Ukraine";
    expect(relation(extraction, 'Russia', 'PARTICIPATES_IN', event)).toBeDefined();
    expect(relation(extraction, event, 'TARGETS', 'Ukraine')).toBeDefined();
  });

  it('reads a nationality as the agent when the article names the country', () => {
    const extraction = run('Russian attacks on Kyiv went on. Russia denied everything.');
    expect(facts(extraction)).toContain('Russia -ATTACKS-> Kyiv');
  });

  it('makes no agent of a nationality whose country the article never names', () => {
    const extraction = run('The Cuban missile crisis was a turning point for the whole world.');
    expect(entityNamed(extraction, 'Cuba')).toBeUndefined();
  });

  it('links a reported event to its arguments, attributed to the speaker', () => {
    const extraction = run('Blinken says the United States will also close the US embassy in Belarus.');
    const event = extraction.entities.find((e) => e.type === 'EVENT');
    const blinken = entityNamed(extraction, 'Blinken')?.id;
    const targets = relation(extraction, event?.name ?? '', 'TARGETS', 'US embassy in Minsk');
    expect(targets?.attributedTo).toBe(blinken);
    expect(relation(extraction, 'United States', 'PARTICIPATES_IN', event?.name ?? '')?.attributedTo).toBe(
      blinken,
    );
    expect(relation(extraction, 'Blinken', 'ANNOUNCES', event?.name ?? '')).toBeDefined();
  });
});

describe('objects shared and inherited', () => {
  it('gives the first of two coordinated verbs the object of the second', () => {
    const extraction = run(
      'Belarus continues to support and encourage Russian aggression. Russia thanked it.',
    );
    expect(relation(extraction, 'Belarus', 'SUPPORTS', 'Russia')).toBeDefined();
  });

  it('takes the possessor as the object of support, not of every verb', () => {
    expect(facts(run("Belarus has supported Russia's military efforts."))).toContain(
      'Belarus -SUPPORTS-> Russia',
    );
    expect(facts(run("Belarus has joined Russia's military exercises."))).not.toContain(
      'Belarus -JOINS-> Russia',
    );
  });

  it('reads a nationality as its country only before a noun of acts or forces', () => {
    expect(facts(run('It could host Russian nuclear weapons, Russia said.'))).not.toContain(
      'It -HOSTS-> Russia',
    );
    const extraction = run('Belarus could host Russian nuclear weapons, officials in Russia said.');
    expect(relation(extraction, 'Belarus', 'HOSTS', 'Russia')).toBeUndefined();
  });
});
