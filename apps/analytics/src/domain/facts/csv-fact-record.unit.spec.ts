import { factCandidateOfCsvRecord, factFieldOfHeader } from './csv-fact-record';

describe('CSV fact records', () => {
  it('maps header spellings to the contract fields', () => {
    expect(factFieldOfHeader('productId')).toBe('productId');
    expect(factFieldOfHeader(' product_id ')).toBe('productId');
    expect(factFieldOfHeader('External ID')).toBe('externalId');
    expect(factFieldOfHeader('colour')).toBeUndefined();
  });

  it('drops empty cells and reads the value only when the whole cell is a number', () => {
    expect(factCandidateOfCsvRecord({ version: '', value: ' 12.50 ', unit: 'EUR' })).toEqual({
      value: 12.5,
      unit: 'EUR',
    });
    expect(factCandidateOfCsvRecord({ value: '12abc' })).toEqual({ value: '12abc' });
    expect(factCandidateOfCsvRecord({ value: '-1e3' })).toEqual({ value: -1000 });
    expect(factCandidateOfCsvRecord({ value: '1,5' })).toEqual({ value: '1,5' });
  });
});
