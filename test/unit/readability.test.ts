import { describe, expect, it } from 'vitest';
import { fleschKincaid, syllables } from '../../src/lib/readability';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['walked', 1],
    ['make', 1],
    ['water', 2],
    ['table', 2],
    ['banana', 3],
    ['multiple', 3],
    ['research', 2],
    ['rehabilitation', 6],
    ['228.7', 1],
  ])('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });
});

describe('fleschKincaid', () => {
  it('scores very simple text below grade 1', () => {
    const r = fleschKincaid('The cat sat on the mat.');
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 1);
  });
  it('scores long words and long sentences higher', () => {
    const plain = fleschKincaid('Fatigue is common. It can be hard to treat. Rest may help some people.');
    const dense = fleschKincaid(
      'Neurodegenerative mechanisms underlying progressive multiple sclerosis necessitate comprehensive investigation of compartmentalised inflammation and mitochondrial dysfunction.',
    );
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(16);
  });
  it('gives zero for empty text', () => {
    expect(fleschKincaid('').grade).toBe(0);
  });
});
