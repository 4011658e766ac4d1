/**
 * Names that are no entities, and phrases that are no nodes: titles of works the NER calls people
 * ("X and Mr Y by Author", a list of hits), a plural name counted by a number ("three Golden Globes"),
 * and where a speaker's words appeared ("said on his official blog"). Our own sentences, hand-parsed the
 * way CoreNLP parses such sentences (test/helpers/hand-parse.ts).
 */
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import type { Extraction } from '../../../../src/extract/types';
import { handParse } from '../../../helpers/hand-parse';

function run(spec: readonly string[]): Extraction {
  const { text, annotation } = handParse(spec);
  return extractFromAnnotation(text, annotation, {});
}

const names = (x: Extraction): string[] => x.entities.map((e) => e.name);

function triples(x: Extraction): string[] {
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('syntax extractor: works, counted names and media', () => {
  it('reads "X and Mr Y by Author" as a work, and keeps the author and the passive agent', () => {
    // The prize was won by Ann Berg for Grey Harbour, beating the favourite Tom Hale and Mr Lind by Nora Quist.
    const x = run([
      'The DT the O 2 det',
      'prize NN prize O 4 nsubj:pass',
      'was VBD be O 4 aux:pass',
      'won VBN win O 0 root',
      'by IN by O 7 case',
      'Ann NNP Ann PERSON 7 compound',
      'Berg NNP Berg PERSON 4 obl',
      'for IN for O 10 case',
      'Grey NNP Grey PERSON 10 compound',
      'Harbour NNP Harbour PERSON 4 obl',
      ', , , O 10 punct',
      'beating VBG beat O 10 acl',
      'the DT the O 16 det',
      'favourite JJ favourite O 16 amod',
      'Tom NNP Tom PERSON 16 compound',
      'Hale NNP Hale PERSON 12 obj',
      'and CC and O 19 cc',
      'Mr NNP Mr O 19 compound',
      'Lind NNP Lind ORGANIZATION 16 conj',
      'by IN by O 22 case',
      'Nora NNP Nora PERSON 22 compound',
      'Quist NNP Quist PERSON 12 obl',
      '. . . O 4 punct',
    ]);
    expect(names(x)).toEqual(expect.arrayContaining(['Ann Berg', 'Nora Quist']));
    expect(names(x)).not.toContain('Tom Hale');
    expect(names(x)).not.toContain('Lind');
  });

  it('reads the title-cased list a work noun "included" as works, not the person "with" it', () => {
    // Her hits have included Blue Water, Cold Town and Anna and Tom with her partner Lisa Mohr.
    const x = run([
      'Her PRP$ she O 2 nmod:poss',
      'hits NNS hit O 4 nsubj',
      'have VBP have O 4 aux',
      'included VBN include O 0 root',
      'Blue NNP Blue O 6 compound',
      'Water NNP Water O 4 obj',
      ', , , O 9 punct',
      'Cold NNP Cold O 9 compound',
      'Town NNP Town O 6 conj',
      'and CC and O 11 cc',
      'Anna NNP Anna PERSON 6 conj',
      'and CC and O 13 cc',
      'Tom NNP Tom PERSON 6 conj',
      'with IN with O 17 case',
      'her PRP$ she O 17 nmod:poss',
      'partner NN partner O 17 compound',
      'Lisa NNP Lisa PERSON 4 obl',
      'Mohr NNP Mohr PERSON 17 flat',
      '. . . O 4 punct',
    ]);
    expect(names(x)).toContain('Lisa Mohr');
    for (const work of ['Anna', 'Tom', 'Blue Water', 'Cold Town']) expect(names(x)).not.toContain(work);
  });

  it('keeps people a non-work subject "included"', () => {
    // The guests included Anna Holm and Tom Lind.
    const x = run([
      'The DT the O 2 det',
      'guests NNS guest O 3 nsubj',
      'included VBD include O 0 root',
      'Anna NNP Anna PERSON 5 compound',
      'Holm NNP Holm PERSON 3 obj',
      'and CC and O 8 cc',
      'Tom NNP Tom PERSON 8 compound',
      'Lind NNP Lind PERSON 5 conj',
      '. . . O 3 punct',
    ]);
    expect(names(x)).toEqual(expect.arrayContaining(['Anna Holm', 'Tom Lind']));
  });

  it('makes "three Golden Globes" a counted thing, not an organisation named "Golden Globes"', () => {
    // Ola Berg has won three Golden Globes.
    const x = run([
      'Ola NNP Ola PERSON 2 compound',
      'Berg NNP Berg PERSON 4 nsubj',
      'has VBZ have O 4 aux',
      'won VBN win O 0 root',
      'three CD three NUMBER 7 nummod',
      'Golden NNP Golden O 7 compound',
      'Globes NNPS Globes O 4 obj',
      '. . . O 4 punct',
    ]);
    expect(names(x)).not.toContain('Golden Globes');
    expect(triples(x)).toContain('Ola Berg WIN three Golden Globes');
  });

  it('makes no node of where a speaker\'s words appeared ("said on his official blog")', () => {
    // Ola Berg said on his official blog that he would retire.
    const x = run([
      'Ola NNP Ola PERSON 2 compound',
      'Berg NNP Berg PERSON 3 nsubj',
      'said VBD say O 0 root',
      'on IN on O 7 case',
      'his PRP$ he O 7 nmod:poss',
      'official JJ official O 7 amod',
      'blog NN blog O 3 obl',
      'that IN that O 11 mark',
      'he PRP he O 11 nsubj',
      'would MD would O 11 aux',
      'retire VB retire O 3 ccomp',
      '. . . O 3 punct',
    ]);
    expect(names(x)).not.toContain('official blog');
    expect(triples(x).filter((t) => t.includes('SAY_ON'))).toEqual([]);
  });

  it('reads the number before a capitalized name and its noun as part of the name ("his 21 Records label")', () => {
    // Ola Berg sold his 21 Records label.
    const x = run([
      'Ola NNP Ola PERSON 2 compound',
      'Berg NNP Berg PERSON 3 nsubj',
      'sold VBD sell O 0 root',
      'his PRP$ he O 7 nmod:poss',
      '21 CD 21 NUMBER 7 nummod',
      'Records NNS record O 7 compound',
      'label NN label O 3 obj',
      '. . . O 3 punct',
    ]);
    expect(names(x)).toContain('21 Records');
    expect(names(x)).not.toContain('Records');
  });

  it('binds "he" in an adverbial clause to the subject of the clause it modifies, over a chain', () => {
    // Ola Berg, who lost his agent after he broke with Ivan Lind, beat Tom Hale.
    const spec = [
      'Ola NNP Ola PERSON 2 compound',
      'Berg NNP Berg PERSON 15 nsubj',
      ', , , O 2 punct',
      'who WP who O 5 nsubj',
      'lost VBD lose O 2 acl:relcl',
      'his PRP$ he O 7 nmod:poss',
      'agent NN agent O 5 obj',
      'after IN after O 10 mark',
      'he PRP he O 10 nsubj',
      'broke VBD break O 5 advcl',
      'with IN with O 13 case',
      'Ivan NNP Ivan PERSON 13 compound',
      'Lind NNP Lind PERSON 10 obl',
      ', , , O 2 punct',
      'beat VBD beat O 0 root',
      'Tom NNP Tom PERSON 17 compound',
      'Hale NNP Hale PERSON 15 obj',
      '. . . O 15 punct',
    ];
    // A chain that puts "he" with the wrong person, as salience across an article may.
    const { text, annotation } = handParse(spec, [
      [
        { first: 16, last: 17, head: 17 },
        { first: 9, last: 9, head: 9 },
      ],
    ]);
    const x = extractFromAnnotation(text, annotation, {});
    expect(triples(x)).toContain('Ola Berg BREAK_WITH Ivan Lind');
    expect(triples(x)).not.toContain('Tom Hale BREAK_WITH Ivan Lind');
  });

  it('gives a passive subject propagated to an active conjunct ("was founded by Y and signed Z") as its subject', () => {
    // Nordwind was founded by Ola Berg and signed Tom Hale.
    const x = run([
      'Nordwind NNP Nordwind ORGANIZATION 3 nsubj:pass +8:nsubj:pass',
      'was VBD be O 3 aux:pass',
      'founded VBN found O 0 root',
      'by IN by O 6 case',
      'Ola NNP Ola PERSON 6 compound',
      'Berg NNP Berg PERSON 3 obl',
      'and CC and O 8 cc',
      'signed VBD sign O 3 conj',
      'Tom NNP Tom PERSON 10 compound',
      'Hale NNP Hale PERSON 8 obj',
      '. . . O 3 punct',
    ]);
    expect(triples(x)).toContain('Nordwind SIGNS Tom Hale');
    expect(triples(x).filter((t) => t.startsWith('Tom Hale'))).toEqual([]);
  });

  it('reads every member of "X\'s artists include A, B and C", also when the parse hangs them as dep', () => {
    // Nordwind's artists include Ola Berg, Tom Hale and Ivan Lind.
    const x = run([
      'Nordwind NNP Nordwind ORGANIZATION 3 nmod:poss',
      "'s POS 's O 1 case",
      'artists NNS artist O 4 nsubj',
      'include VBP include O 0 root',
      'Ola NNP Ola PERSON 6 compound',
      'Berg NNP Berg PERSON 4 obj',
      ', , , O 6 punct',
      'Tom NNP Tom PERSON 9 compound',
      'Hale NNP Hale PERSON 6 dep',
      'and CC and O 12 cc',
      'Ivan NNP Ivan PERSON 12 compound',
      'Lind NNP Lind PERSON 9 conj',
      '. . . O 4 punct',
    ]);
    for (const member of ['Ola Berg', 'Tom Hale', 'Ivan Lind'])
      expect(triples(x)).toContain(`${member} ARTIST_OF Nordwind`);
  });

  it('reads a company named with an imperative ("Meet Marlow") as one name, not a verb and a person', () => {
    // Meet Marlow has bought Nordwind, said Tom Hale at Meet Marlow.
    const x = run([
      'Meet VB meet O 4 discourse',
      'Marlow NNP Marlow PERSON 4 nsubj',
      'has VBZ have O 4 aux',
      'bought VBN buy O 0 root',
      'Nordwind NNP Nordwind ORGANIZATION 4 obj',
      ', , , O 4 punct',
      'said VBD say O 4 parataxis',
      'Tom NNP Tom PERSON 9 compound',
      'Hale NNP Hale PERSON 7 nsubj',
      'at IN at O 12 case',
      'Meet VB meet O 12 amod',
      'Marlow NNP Marlow O 9 nmod',
      '. . . O 4 punct',
    ]);
    expect(names(x)).toContain('Meet Marlow');
    expect(names(x)).not.toContain('Marlow');
    expect(triples(x)).toContain('Meet Marlow ACQUIRES Nordwind');
  });

  it('keeps an imperative verb before its object a verb ("Tell Anna Holm ...")', () => {
    // Tell Anna Holm to call Nordwind.
    const x = run([
      'Tell VB tell O 0 root',
      'Anna NNP Anna PERSON 3 compound',
      'Holm NNP Holm PERSON 1 obj',
      'to TO to O 5 mark',
      'call VB call O 1 xcomp',
      'Nordwind NNP Nordwind ORGANIZATION 5 obj',
      '. . . O 1 punct',
    ]);
    expect(names(x)).toContain('Anna Holm');
    expect(names(x)).not.toContain('Tell Anna Holm');
  });

  it('gives a plural object the list the parser hung on a later oblique ("gained clients in its fight with X, including Y")', () => {
    // Nordwind has gained new clients in its fight with Acme, including Ola Berg.
    const x = run([
      'Nordwind NNP Nordwind ORGANIZATION 3 nsubj',
      'has VBZ have O 3 aux',
      'gained VBN gain O 0 root',
      'new JJ new O 5 amod',
      'clients NNS client O 3 obj',
      'in IN in O 8 case',
      'its PRP$ its O 8 nmod:poss',
      'fight NN fight O 3 obl',
      'with IN with O 10 case',
      'Acme NNP Acme ORGANIZATION 8 nmod',
      ', , , O 8 punct',
      'including VBG include O 14 case',
      'Ola NNP Ola PERSON 14 compound',
      'Berg NNP Berg PERSON 8 nmod',
      '. . . O 3 punct',
    ]);
    expect(triples(x)).toContain('Nordwind GAIN Ola Berg');
  });

  // Nordwind will close its office in Oslo, chief executive Ola Berg said. (The parse hangs "said" off the
  // clause and the speaker off "Oslo", as CoreNLP does with "S, Title Name said".)
  const reported = (tense: 'will' | 'past'): string[] =>
    tense === 'will'
      ? [
          'Nordwind NNP Nordwind ORGANIZATION 3 nsubj',
          'will MD will O 3 aux',
          'close VB close O 0 root',
          'its PRP$ its O 5 nmod:poss',
          'office NN office O 3 obj',
          'in IN in O 7 case',
          'Oslo NNP Oslo LOCATION 5 nmod',
          ', , , O 7 punct',
          'chief JJ chief O 10 amod',
          'executive NN executive O 12 compound',
          'Ola NNP Ola PERSON 12 compound',
          'Berg NNP Berg PERSON 7 appos',
          'said VBD say O 3 dep',
          '. . . O 3 punct',
        ]
      : [
          'Nordwind NNP Nordwind ORGANIZATION 2 nsubj',
          'closed VBD close O 0 root',
          'its PRP$ its O 4 nmod:poss',
          'office NN office O 2 obj',
          'in IN in O 6 case',
          'Oslo NNP Oslo LOCATION 4 nmod',
          ', , , O 6 punct',
          'chief JJ chief O 9 amod',
          'executive NN executive O 11 compound',
          'Ola NNP Ola PERSON 11 compound',
          'Berg NNP Berg PERSON 6 appos',
          'said VBD say O 2 dep',
          '. . . O 2 punct',
        ];

  it('reads "X will close its office, Y said" as Y announcing the closure, an EVENT', () => {
    const { text, annotation } = handParse(reported('will'), [
      [
        { first: 1, last: 1, head: 1 },
        { first: 4, last: 4, head: 4 },
      ],
    ]);
    const x = extractFromAnnotation(text, annotation, {});
    expect(triples(x)).toContain("Ola Berg ANNOUNCES closure of Nordwind's office in Oslo");
    expect(x.entities.find((e) => e.name === "closure of Nordwind's office in Oslo")?.type).toBe('EVENT');
    const closes = x.relations.find((r) => r.predicate === 'CLOSES');
    expect(x.entities.find((e) => e.id === closes?.attributedTo)?.name).toBe('Ola Berg');
  });

  it('announces nothing for an act already done ("X closed its office, Y said")', () => {
    const x = run(reported('past'));
    expect(triples(x).filter((t) => t.includes('ANNOUNCES'))).toEqual([]);
  });

  it("makes a leader's hostile act on a nationality's things his country's act on that country", () => {
    // Ola Berg, the president of Norway, sanctioned 12 Danish firms.
    const x = run([
      'Ola NNP Ola PERSON 2 compound',
      'Berg NNP Berg PERSON 9 nsubj',
      ', , , O 2 punct',
      'the DT the O 5 det',
      'president NN president O 2 appos',
      'of IN of O 7 case',
      'Norway NNP Norway LOCATION 5 nmod',
      ', , , O 2 punct',
      'sanctioned VBD sanction O 0 root',
      '12 CD 12 NUMBER 12 nummod',
      'Danish JJ danish MISC 12 amod',
      'firms NNS firm O 9 obj',
      '. . . O 9 punct',
    ]);
    expect(triples(x)).toEqual(
      expect.arrayContaining([
        'Ola Berg LEADS Norway',
        'Ola Berg SANCTIONS Denmark',
        'Norway SANCTIONS Denmark',
      ]),
    );
    const onBehalf = x.relations.find((r) => r.construction === 'on-behalf');
    const direct = x.relations.find((r) => r.construction === 'demonym');
    expect(onBehalf!.confidence).toBeLessThan(direct!.confidence);
  });
});
