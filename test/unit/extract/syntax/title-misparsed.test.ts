/**
 * Syntax extractor 2026-12-02.39: titles the parser misreads. "The Leeds director of hockey Ann Roe"
 * comes out as nmod:of(director, Roe) with "hockey" a compound of the name, so the role and its
 * organisation hang above the name instead of beside it; a long quotation before '"...," Karl Braun, a
 * Siemens spokesperson said' leaves the role noun outside the name's apposition. Both still give the
 * person's employer. Syntax extractor 2026-12-02.41: a description in a possessive ("the firm's managing
 * director") stands for the one organisation in reach, as a bare one ("the firm") already did
 * (test/fixtures/annotations/syntax/possessive-description.txt). Real CoreNLP output of sentences written for these tests
 * (test/fixtures/annotations/syntax/title-misparsed.txt; recorded by `npm run record:annotations`,
 * checked against the live server by test/integration/nlp/recorded-annotations.int.test.ts). Never
 * news-dev or CoNLL04 text.
 */
import { extractCase as run, triples } from '../../../helpers/syntax-facts';

describe('titles the parser misreads', () => {
  const facts = triples(run('syntax/title-misparsed'));

  it('"ORG director of FIELD Name": the name holds the role at the organisation', () => {
    expect(facts).toContain('Ann Roe LEADS Leeds');
  });

  it('\'"...," Name, a ORG spokesperson said\' after a long quotation: the name works for the organisation', () => {
    expect(facts).toContain('Karl Braun WORKS_FOR Siemens');
  });

  it('"Name, the firm\'s managing director": the firm is the organisation named before', () => {
    expect(triples(run('syntax/possessive-description'))).toContain('Jonas Weber LEADS Nordbahn AG');
  });
});
