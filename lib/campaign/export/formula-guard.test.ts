import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Click")', '\'=HYPERLINK("https://evil.example","Click")'],
    ['+1+cmd|" /C calc"!A0', '\'+1+cmd|" /C calc"!A0'],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('neutralises %j', (cell, expected) => {
    expect(guardFormula(cell)).toBe(expected);
  });

  it('treats number-like text the same as any other cell starting with - or + (see the comment in the module)', () => {
    expect(guardFormula('-5')).toBe("'-5");
    expect(guardFormula('-0.25')).toBe("'-0.25");
    expect(guardFormula('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
  });

  it.each(['jane@x.example', 'Doe, Jane', '5', '1-2', ' =1', "'=1", '', 'Ünïcödé'])('leaves %j alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
});

describe('unguardFormula', () => {
  it.each(['=1+2', '-5', '+44 20', '@x', '\tx', '\rx', '-jane@x.example'])('undoes the guard on %j', (cell) => {
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it.each(["O'Brien", "'quoted'", "'", 'plain'])('keeps an apostrophe that is not a guard: %j', (cell) => {
    expect(unguardFormula(cell)).toBe(cell);
  });
});
