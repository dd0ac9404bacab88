import { describe, expect, it } from 'vitest';
import { currentSection } from '../../src/lib/current-section';

describe('currentSection', () => {
  it('is the first section before any heading reaches the reading line', () => {
    expect(currentSection([300, 900, 1500], 260)).toBe(0);
  });
  it('is the last section whose heading has passed the reading line', () => {
    expect(currentSection([-800, -100, 200, 900], 260)).toBe(2);
    expect(currentSection([-800, -100, 261, 900], 260)).toBe(1);
  });
  it('stays on the last section once every heading has passed', () => {
    expect(currentSection([-900, -500, -10], 260)).toBe(2);
  });
  it('copes with a page without sections', () => {
    expect(currentSection([], 260)).toBe(0);
  });
});
