import { describe, expect, it } from 'vitest';
import { judged, type Figure } from '../bench/report';

const figure = (value: number, budget: Figure['budget']): Figure => ({
  id: 'x',
  group: 'g',
  label: 'x',
  unit: 'ratio',
  status: 'measured',
  values: { ofMax: value },
  ...(budget ? { budget } : {}),
});

describe('judged', () => {
  it('an upper bound is inclusive', () => {
    expect(judged(figure(250, { of: 'ofMax', max: 250, text: '≤ 250' })).verdict).toBe('within budget');
    expect(judged(figure(251, { of: 'ofMax', max: 250, text: '≤ 250' })).verdict).toBe('over budget');
  });

  it('a lower bound is inclusive, and falling short of it is below budget', () => {
    expect(judged(figure(0.8, { of: 'ofMax', min: 0.8, text: '≥ 80 %' })).withinBudget).toBe(true);
    expect(judged(figure(0.79, { of: 'ofMax', min: 0.8, text: '≥ 80 %' }))).toMatchObject({
      withinBudget: false,
      verdict: 'below budget',
    });
  });

  it('a figure without the budgeted value gets no verdict', () => {
    expect(judged(figure(1, { of: 'other', min: 0.8, text: '≥ 80 %' })).verdict).toBeUndefined();
  });
});
