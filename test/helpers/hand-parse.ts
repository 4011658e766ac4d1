/**
 * Hand-written CoreNLP-shaped annotations for unit tests of rules whose sentences have no recorded server
 * annotation. One sentence per call, one token per line in a CoNLL-like spec:
 *
 *     'word POS lemma NER head relation [+governor:relation ...]'
 *
 * (1-based head, 0 for the root; basic UD relations). The text is the words joined by spaces, with no
 * space before punctuation or "'s". The enhanced++ graph is the basic tree with the case-marked relations
 * CoreNLP writes (`obl:on`, `nmod:of`, `obl:agent` for a passive "by"), plus the extra edges a line lists
 * (`+8:nsubj:pass`: the token is also nsubj:pass of token 8, as conjunct propagation writes). NER mentions are the runs of one
 * label. The parses are written to look like CoreNLP's on such sentences; they are not recorded output.
 */
import type { Annotation, CorefMention, Dependency, EntityMention, Token } from '../../src/nlp/annotation';

/** A coreference mention by its 1-based tokens [first, last] and head; PROPER unless it is a pronoun. */
export interface HandCoref {
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

const NO_SPACE_BEFORE = /^([.,;:!?)]|'s|n't)$/;

export function handParse(
  spec: readonly string[],
  chains: readonly (readonly HandCoref[])[] = [],
): { text: string; annotation: Annotation } {
  const rows = spec.map((line) => {
    const [word, pos, lemma, ner, head, rel, ...more] = line.trim().split(/\s+/);
    if (rel === undefined) throw new Error(`bad token line: ${line}`);
    // "+8:nsubj:pass": an extra enhanced++ edge from token 8 (conjunct propagation, controlled subjects).
    const extra = more.map((m) => {
      const [, governor, dep] = /^\+(\d+):(.+)$/.exec(m) ?? [];
      if (dep === undefined) throw new Error(`bad extra edge ${m} in: ${line}`);
      return { governor: Number(governor), dep };
    });
    return { word: word!, pos: pos!, lemma: lemma!, ner: ner!, head: Number(head), rel, extra };
  });
  let text = '';
  const tokens: Token[] = rows.map((r, i) => {
    const before = i === 0 || NO_SPACE_BEFORE.test(r.word) ? '' : ' ';
    text += before;
    const begin = text.length;
    text += r.word;
    return {
      index: i + 1,
      word: r.word,
      originalText: r.word,
      lemma: r.lemma,
      characterOffsetBegin: begin,
      characterOffsetEnd: text.length,
      pos: r.pos,
      ner: r.ner,
      before,
      after: '',
    };
  });
  const withAfter = tokens.map((t, i) => ({ ...t, after: tokens[i + 1]?.before ?? '' }));
  const gloss = (i: number): string => (i === 0 ? 'ROOT' : rows[i - 1]!.word);
  const basic: Dependency[] = rows.map((r, i) => ({
    dep: r.head === 0 ? 'ROOT' : r.rel,
    governor: r.head,
    governorGloss: gloss(r.head),
    dependent: i + 1,
    dependentGloss: r.word,
  }));
  const enhanced: Dependency[] = basic.map((d) => {
    if (d.dep !== 'obl' && d.dep !== 'nmod') return d;
    const marker = rows.findIndex(
      (r, i) => r.head === d.dependent && r.rel === 'case' && i + 1 < d.dependent,
    );
    if (marker < 0) return d;
    const prep = rows[marker]!.word.toLowerCase();
    const passive = rows.some((r) => r.head === d.governor && r.rel === 'aux:pass');
    const dep = prep === 'by' && passive ? 'obl:agent' : `${d.dep}:${prep}`;
    return { ...d, dep };
  });
  rows.forEach((r, i) => {
    for (const e of r.extra)
      enhanced.push({
        dep: e.dep,
        governor: e.governor,
        governorGloss: gloss(e.governor),
        dependent: i + 1,
        dependentGloss: r.word,
      });
  });
  const mentions: EntityMention[] = [];
  for (let i = 0; i < rows.length;) {
    const label = rows[i]!.ner;
    let j = i + 1;
    while (j < rows.length && rows[j]!.ner === label) j += 1;
    if (label !== 'O') {
      mentions.push({
        tokenBegin: i,
        tokenEnd: j,
        docTokenBegin: i,
        docTokenEnd: j,
        text: text.slice(tokens[i]!.characterOffsetBegin, tokens[j - 1]!.characterOffsetEnd),
        characterOffsetBegin: tokens[i]!.characterOffsetBegin,
        characterOffsetEnd: tokens[j - 1]!.characterOffsetEnd,
        ner: label,
      });
    }
    i = j;
  }
  const corefs: Record<string, CorefMention[]> = {};
  let id = 0;
  chains.forEach((chain, c) => {
    corefs[String(c + 1)] = chain.map((m, i) => {
      const words = rows.slice(m.first - 1, m.last).map((r) => r.word);
      const pronoun = m.first === m.last && /^PRP/.test(rows[m.first - 1]!.pos);
      id += 1;
      return {
        id,
        text: words.join(' '),
        type: pronoun ? 'PRONOMINAL' : 'PROPER',
        number: 'SINGULAR',
        gender: 'UNKNOWN',
        animacy: 'ANIMATE',
        startIndex: m.first,
        endIndex: m.last + 1,
        headIndex: m.head,
        sentNum: 1,
        isRepresentativeMention: i === 0,
      };
    });
  });
  return {
    text,
    annotation: {
      sentences: [
        {
          index: 0,
          tokens: withAfter,
          basicDependencies: basic,
          enhancedPlusPlusDependencies: enhanced,
          entitymentions: mentions,
        },
      ],
      corefs,
    },
  };
}
