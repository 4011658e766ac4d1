import { MINI_TEXT, miniGold } from './mini-gold';

describe('miniGold (the shared test fixture)', () => {
  it('parses, and every gold name it needs occurs in its text', () => {
    const gold = miniGold();
    expect(gold.entities).toHaveLength(11);
    for (const form of ['United States', 'Minsk', 'Anthony Blinken', 'Belarus', 'Vladimir Zelensky']) {
      expect(MINI_TEXT).toContain(form);
    }
  });

  it('accepts overrides', () => {
    expect(miniGold({ relations: [] }).relations).toEqual([]);
  });
});
