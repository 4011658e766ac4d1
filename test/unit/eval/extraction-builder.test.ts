import { ExtractionBuilder } from './extraction-builder';

describe('ExtractionBuilder (the scorer tests build their Extractions with it)', () => {
  const text = 'Blinken said Blinken and Anthony Blinken met Lukashenko.';

  it('gives each entity one mention per occurrence of its name and aliases, in text order', () => {
    const builder = new ExtractionBuilder(text);
    builder.entity('Anthony Blinken', 'PERSON', { aliases: ['Blinken'] });
    const [entity] = builder.build().entities;
    const starts = entity?.mentions.map((mention) => mention.start);
    // "Blinken" also occurs inside "Anthony Blinken": the builder keeps both, as a naive extractor would.
    expect(starts).toEqual([0, 13, 25, 33]);
    expect(entity?.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('numbers entities and relations and links relations by entity id', () => {
    const builder = new ExtractionBuilder(text);
    const a = builder.entity('Anthony Blinken', 'PERSON');
    const b = builder.entity('Lukashenko', 'PERSON');
    builder.relation(a, 'MEETS', b, {
      negated: true,
      modality: 'may',
      spans: { subject: [25, 40], object: [45, 55] },
    });
    const extraction = builder.build();
    expect([a, b]).toEqual(['e1', 'e2']);
    const [relation] = extraction.relations;
    expect(relation).toMatchObject({ id: 'r1', subject: 'e1', object: 'e2', negated: true, modality: 'may' });
    expect(relation?.evidence[0]).toMatchObject({
      subject: { start: 25, end: 40 },
      object: { start: 45, end: 55 },
    });
  });

  it('gives an entity that does not occur in the text no mentions', () => {
    const builder = new ExtractionBuilder(text);
    builder.entity('Minsk', 'CITY');
    expect(builder.build().entities[0]?.mentions).toEqual([]);
  });
});
