import { toTokenSpan, tokenOffsets } from '../../../src/eval/token-spans';

// "Desiree Ball. met Sirhan B. Sirhan"
const tokens = ['Desiree', 'Ball.', 'met', 'Sirhan', 'B.', 'Sirhan'];
const offsets = tokenOffsets(tokens);
const text = tokens.join(' ');

function span(form: string, from = 0) {
  const start = text.indexOf(form, from);
  return toTokenSpan(offsets, start, start + form.length);
}

describe('tokenOffsets', () => {
  it('gives the character offsets of each token in the space-joined text', () => {
    tokens.forEach((token, i) => {
      expect(text.slice(offsets.starts[i], offsets.ends[i])).toBe(token);
    });
  });
});

describe('toTokenSpan', () => {
  it('maps a span on token boundaries exactly', () => {
    expect(span('Desiree Ball.')).toEqual({ start: 0, end: 2, snapped: false });
    expect(span('Sirhan B. Sirhan')).toEqual({ start: 3, end: 6, snapped: false });
    expect(span('Sirhan', 20)).toEqual({ start: 5, end: 6, snapped: false });
  });

  it('snaps a span that cuts a token outward to whole tokens, and says so', () => {
    expect(span('Desiree Ball')).toEqual({ start: 0, end: 2, snapped: true });
    expect(span('esiree')).toEqual({ start: 0, end: 1, snapped: true });
  });

  it('returns null for a span that covers no token', () => {
    const space = text.indexOf(' ');
    expect(toTokenSpan(offsets, space, space + 1)).toBeNull();
    expect(toTokenSpan(offsets, text.length, text.length + 3)).toBeNull();
  });
});
