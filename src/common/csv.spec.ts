import { parse } from 'csv-parse/sync';
import { isFormulaLike, neutraliseCell, toCsv } from './csv';

describe('CSV formula neutralisation', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@A1',
    '\tx',
    '\rx',
    'a,=b',
    'a;+b',
    'a|-b',
    'a\n@b',
    'a\t=b',
    'a\r=b',
    '\uFF0B1',
  ])('%j is formula-like', (text) => expect(isFormulaLike(text)).toBe(true));

  it.each([
    '',
    'Jordan Doe',
    'Smith-Jones',
    '2026-01-02T03:04:05.000Z',
    'a, -b',
    'CAT:1;DOG:2',
    "'=x",
  ])('%j is left alone', (text) =>
    expect(isFormulaLike(text) && !neutraliseCell(text).quoted).toBe(false),
  );

  it('prefixes once, even when the caller already did', () => {
    expect(neutraliseCell('=x')).toEqual({ value: "'=x", quoted: true });
    expect(neutraliseCell("'=x")).toEqual({ value: "'=x", quoted: true });
    expect(neutraliseCell('x')).toEqual({ value: 'x', quoted: false });
  });

  it('writes quoted, neutralised cells and leaves numbers alone', () => {
    const text = toCsv([{ a: 'a;=b', n: -5, s: 'plain' }], ['a', 'n', 's'] as const);
    expect(text).toBe(`a,n,s\n"'a;=b",-5,plain\n`);
    expect(parse(text, { columns: true })).toEqual([{ a: "'a;=b", n: '-5', s: 'plain' }]);
  });
});
