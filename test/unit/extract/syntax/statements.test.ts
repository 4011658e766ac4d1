/**
 * What someone said is one node, the whole clause (syntax extractor 2026-11-30.19 and .20): its coordinated
 * clauses, lists, purposes and brackets included, since a statement cut short says something else; a
 * conjunct already inside it is no second statement; a clause too long for a node gives none. Hand
 * parses of sentences written for this test (test/helpers/hand-parse.ts).
 */
import { extractFromAnnotation } from '../../../../src/extract/syntax';
import { handParse } from '../../../helpers/hand-parse';

function statements(spec: readonly string[]): string[] {
  const { text, annotation } = handParse(spec);
  const x = extractFromAnnotation(text, annotation, {});
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations
    .filter((r) => r.predicate === 'STATES')
    .map((r) => `${name(r.subject)}: ${name(r.object)}`);
}

describe('a statement is the whole clause that was said', () => {
  it('"said S1 and S2": one statement with both clauses, not a second one for the conjunct alone', () => {
    expect(
      statements([
        'Mara NNP Mara PERSON 2 compound',
        'Lind NNP Lind PERSON 3 nsubj',
        'said VBD say O 0 root',
        'the DT the O 5 det',
        'plan NN plan O 7 nsubj +10:nsubj',
        'would MD would O 7 aux',
        'cost VB cost O 3 ccomp',
        'jobs NNS job O 7 obj',
        'and CC and O 10 cc',
        'harm VB harm O 7 conj +3:ccomp',
        'towns NNS town O 10 obj',
        '. . . O 3 punct',
      ]),
    ).toEqual(['Mara Lind: the plan would cost jobs and harm towns']);
  });

  it('a purpose keeps its own clause ("to stop children from buying knives")', () => {
    expect(
      statements([
        'Ann NNP Ann PERSON 2 compound',
        'Roe NNP Roe PERSON 3 nsubj',
        'said VBD say O 0 root',
        'the DT the O 5 det',
        'shop NN shop O 7 nsubj',
        'must MD must O 7 aux',
        'close VB close O 3 ccomp',
        'to TO to O 9 mark',
        'stop VB stop O 7 advcl',
        'children NNS child O 9 obj',
        'from IN from O 12 mark',
        'buying VBG buy O 9 advcl',
        'knives NNS knife O 12 obj',
        '. . . O 3 punct',
      ]),
    ).toEqual(['Ann Roe: the shop must close to stop children from buying knives']);
  });

  it('an indefinite article leaves the subject, a definite one stays (a name never starts with "a")', () => {
    const said = (article: string, lemma: string) =>
      statements([
        'Ida NNP Ida PERSON 2 compound',
        'Moss NNP Moss PERSON 3 nsubj',
        'said VBD say O 0 root',
        `${article} DT ${lemma} O 5 det`,
        'fire NN fire O 10 nsubj:pass',
        'at IN at O 8 case',
        'the DT the O 8 det',
        'depot NN depot O 5 nmod',
        'was VBD be O 10 aux:pass',
        'set VBN set O 3 ccomp',
        '. . . O 3 punct',
      ]);
    expect(said('a', 'a')).toEqual(['Ida Moss: fire at the depot was set']);
    expect(said('the', 'the')).toEqual(['Ida Moss: the fire at the depot was set']);
  });

  it('a bracket closed inside the clause stays closed', () => {
    const [statement] = statements([
      'Eva NNP Eva PERSON 2 compound',
      'Holm NNP Holm PERSON 3 nsubj',
      'said VBD say O 0 root',
      'the DT the O 5 det',
      'loss NN loss O 8 nsubj',
      'was VBD be O 8 cop',
      '40 CD 40 O 8 nummod',
      'yen NNS yen O 3 ccomp',
      '( -LRB- ( O 12 punct',
      'about RB about O 11 advmod',
      '30 CD 30 O 12 nummod',
      'cents NNS cent O 8 appos',
      ') -RRB- ) O 12 punct',
      '. . . O 3 punct',
    ]);
    expect(statement).toMatch(/^Eva Holm: the loss was 40 yen \( ?about 30 cents\)$/);
  });

  const FRUITS = [
    'apples',
    'pears',
    'plums',
    'figs',
    'limes',
    'kiwis',
    'melons',
    'grapes',
    'lemons',
    'mangoes',
    'dates',
    'cherries',
    'peaches',
    'quinces',
    'olives',
    'oranges',
  ];
  /** "Ben Cole said the shop sold apples, pears, … and <last>." with `count` fruits. */
  const list = (count: number): string[] => {
    const fruits = FRUITS.slice(0, count);
    const lines = ['Ben NNP Ben PERSON 2 compound', 'Cole NNP Cole PERSON 3 nsubj', 'said VBD say O 0 root'];
    lines.push('the DT the O 5 det', 'shop NN shop O 6 nsubj', 'sold VBD sell O 3 ccomp');
    const first = 7;
    fruits.forEach((fruit, i) => {
      const index = first + 2 * i;
      if (i > 0)
        lines.push(
          `${i === fruits.length - 1 ? 'and CC and' : ', , ,'} O ${index} ${i === fruits.length - 1 ? 'cc' : 'punct'}`,
        );
      lines.push(`${fruit} NNS ${fruit} O ${i === 0 ? 6 : first} ${i === 0 ? 'obj' : 'conj'}`);
    });
    lines.push(`. . . O 3 punct`);
    return lines;
  };

  it('a list in the clause is kept whole', () => {
    expect(statements(list(4))).toEqual(['Ben Cole: the shop sold apples, pears, plums and figs']);
  });

  it('a clause longer than a node may be (30 tokens) gives no statement rather than a cut one', () => {
    // The clause: "the shop sold" and 16 fruits with 15 commas or "and": 34 tokens.
    expect(3 + 2 * FRUITS.length - 1).toBeGreaterThan(30);
    expect(statements(list(FRUITS.length))).toEqual([]);
  });
});
