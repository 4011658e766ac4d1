/**
 * A stand-in for CoreNLP in unit tests, shaped like its JSON: whitespace tokens, a sentence ends at a
 * token ending in "." or at a blank line, capitalised words are PERSON mentions, each sentence's mentions
 * one coreference chain, "Monday" a SUTime date. Ids are numbered through the text the way CoreNLP
 * numbers them, so annotating chunks and merging must give exactly what annotating the whole text gives.
 */
import type { Annotation, CorefMention, EntityMention, Sentence, Token } from '../../../src/nlp/annotation';

export function fakeAnnotate(text: string): Annotation {
  const words = [...text.matchAll(/\S+/g)];
  const sentences: Sentence[] = [];
  const corefs: Record<string, CorefMention[]> = {};
  let tokens: Token[] = [];
  let mentions: EntityMention[] = [];
  let docToken = 0;
  let timex = 0;
  let corefId = 0;
  const close = () => {
    if (tokens.length === 0) return;
    const index = sentences.length;
    sentences.push({ index, tokens, entitymentions: mentions, basicDependencies: [] });
    if (mentions.length > 0) {
      const chain = mentions.map((mention, i) => corefMention(corefId + i, i + 1, mention, index + 1));
      corefs[String(corefId)] = chain;
      corefId += chain.length;
    }
    tokens = [];
    mentions = [];
  };
  words.forEach((match, i) => {
    const begin = match.index;
    const end = begin + match[0].length;
    const previousEnd = i === 0 ? 0 : (words[i - 1]?.index ?? 0) + (words[i - 1]?.[0].length ?? 0);
    const nextBegin = words[i + 1]?.index ?? text.length;
    if (/\n\s*\n/.test(text.slice(previousEnd, begin))) close();
    const word = match[0];
    const capital = /^\p{Lu}/u.test(word);
    const token: Token = {
      index: tokens.length + 1,
      word,
      originalText: word,
      lemma: word.toLowerCase(),
      characterOffsetBegin: begin,
      characterOffsetEnd: end,
      pos: capital ? 'NNP' : 'NN',
      ner: capital ? 'PERSON' : 'O',
      before: text.slice(previousEnd, begin),
      after: text.slice(end, nextBegin),
      ...(word.startsWith('Monday')
        ? { timex: { tid: `t${(timex += 1)}`, type: 'DATE', value: 'XXXX-WXX-1' } }
        : {}),
    };
    if (capital) {
      mentions.push({
        tokenBegin: tokens.length,
        tokenEnd: tokens.length + 1,
        docTokenBegin: docToken,
        docTokenEnd: docToken + 1,
        text: word,
        characterOffsetBegin: begin,
        characterOffsetEnd: end,
        ner: 'PERSON',
        ...(token.timex === undefined ? {} : { timex: token.timex }),
      });
    }
    tokens.push(token);
    docToken += 1;
    if (word.endsWith('.')) close();
  });
  close();
  return { sentences, corefs };
}

/** `position` is [sentence number, mention number inside the sentence], both 1-based, as CoreNLP writes it. */
function corefMention(id: number, nth: number, mention: EntityMention, sentNum: number): CorefMention {
  return {
    id,
    text: mention.text,
    type: 'PROPER',
    number: 'SINGULAR',
    gender: 'UNKNOWN',
    animacy: 'ANIMATE',
    startIndex: mention.tokenBegin + 1,
    endIndex: mention.tokenEnd + 1,
    headIndex: mention.tokenBegin + 1,
    sentNum,
    isRepresentativeMention: mention.tokenBegin === 0,
    position: [sentNum, nth],
  } as CorefMention;
}
