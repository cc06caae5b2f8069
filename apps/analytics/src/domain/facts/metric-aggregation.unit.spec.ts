import { metricAggregation, metricAggregationSql } from './metric-aggregation';

describe('metricAggregation', () => {
  it('adds flows up, averages stocks over time and averages scores', () => {
    expect(metricAggregation('revenue', 'EUR')).toBe('sum');
    expect(metricAggregation('units_sold', 'units')).toBe('sum');
    expect(metricAggregation('gross_margin', 'EUR')).toBe('sum');
    expect(metricAggregation('gross_margin', 'percent')).toBe('score');
    expect(metricAggregation('nps', 'score')).toBe('score');
    expect(metricAggregation('active_customers', 'customers')).toBe('stock');
  });

  it('has a SQL twin over the given columns', () => {
    const sql = metricAggregationSql('f.metric', 'f.unit');
    expect(sql).toContain("f.metric = 'active_customers'");
    expect(sql).toContain("f.unit = 'percent'");
  });
});
