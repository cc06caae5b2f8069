import type { Pool } from 'pg';

export interface BusinessCaseYear {
  /** Year 1 is the first 12 months after launch. */
  readonly year: 1 | 2 | 3;
  readonly from: string | null;
  readonly to: string | null;
  readonly forecast: number;
  /** Revenue facts in the case's currency about periods that began in the year; null before launch. */
  readonly actual: number | null;
  /** The year is over. */
  readonly complete: boolean;
}

export interface BusinessCaseVsActuals {
  readonly lifecycleId: string;
  readonly productId: string;
  readonly productName: string | null;
  /** null: the product's own lifecycle. */
  readonly version: string | null;
  /** approved: signed off by the go at the gate into development; submitted: not (yet) approved. */
  readonly status: 'approved' | 'submitted';
  readonly revision: number;
  readonly approvedAt: string | null;
  readonly launchedAt: string | null;
  readonly currency: string;
  readonly investment: number;
  readonly paybackMonths: number;
  readonly years: BusinessCaseYear[];
  readonly forecastTotal: number;
  readonly actualTotal: number | null;
}

/**
 * The approved forecast per year next to the actual revenue since launch. A version's case is compared
 * with the facts about that version; a product's case with all the product's revenue facts.
 */
export async function businessCaseReport(
  pool: Pool,
  query: { productId?: string },
  now = new Date(),
): Promise<{ businessCases: BusinessCaseVsActuals[] }> {
  const { rows } = await pool.query<{
    lifecycle_id: string;
    product_id: string;
    product_name: string | null;
    version: string;
    approved: boolean;
    revision: number;
    approved_at: Date | null;
    launched_at: Date | null;
    currency: string;
    investment: string;
    payback_months: number;
    year: number;
    forecast: string;
    year_from: string | null;
    year_to: string | null;
    actual: string | null;
  }>(
    `WITH bc AS (
       SELECT b.lifecycle_id, b.product_id, b.version, b.launched_at, b.approved_at,
              b.approved_revision IS NOT NULL AS approved,
              COALESCE(b.approved_revision, b.submitted_revision) AS revision,
              COALESCE(b.approved_currency, b.currency) AS currency,
              COALESCE(b.approved_investment, b.investment) AS investment,
              COALESCE(b.approved_payback_months, b.payback_months) AS payback_months,
              ARRAY[COALESCE(b.approved_year1, b.expected_year1), COALESCE(b.approved_year2, b.expected_year2),
                    COALESCE(b.approved_year3, b.expected_year3)] AS forecasts,
              (b.launched_at AT TIME ZONE 'UTC')::date AS launch_day
         FROM business_cases b
        WHERE (b.approved_revision IS NOT NULL OR b.submitted_revision IS NOT NULL)
          AND ($1::uuid IS NULL OR b.product_id = $1)),
     years AS (
       SELECT bc.*, y.n AS year, bc.forecasts[y.n] AS forecast,
              (bc.launch_day + make_interval(years => y.n - 1))::date AS year_from,
              (bc.launch_day + make_interval(years => y.n))::date AS year_to
         FROM bc CROSS JOIN generate_series(1, 3) AS y(n)),
     revenue AS (
       SELECT d.product_id, d.version, d.unit, d.day AS start, d.value_sum FROM performance_daily d WHERE d.metric = 'revenue'
       UNION ALL
       SELECT m.product_id, m.version, m.unit, m.month, m.value_sum FROM performance_monthly m WHERE m.metric = 'revenue' AND m.origin = 'month')
     SELECT y.lifecycle_id, y.product_id, p.name AS product_name, y.version, y.approved, y.revision, y.approved_at, y.launched_at,
            y.currency, y.investment::text AS investment, y.payback_months, y.year, y.forecast::text AS forecast,
            to_char(y.year_from, 'YYYY-MM-DD') AS year_from, to_char(y.year_to, 'YYYY-MM-DD') AS year_to,
            CASE WHEN y.launch_day IS NOT NULL THEN
              (SELECT COALESCE(sum(r.value_sum), 0) FROM revenue r
                WHERE r.product_id = y.product_id AND (y.version = '' OR r.version = y.version) AND r.unit = y.currency
                  AND r.start >= y.year_from AND r.start < y.year_to)::text
            END AS actual
       FROM years y LEFT JOIN portfolio_products p ON p.product_id = y.product_id
      ORDER BY y.product_id, y.version, y.lifecycle_id, y.year`,
    [query.productId ?? null],
  );
  const today = now.toISOString().slice(0, 10);
  const cases = new Map<string, BusinessCaseVsActuals & { years: BusinessCaseYear[] }>();
  for (const row of rows) {
    let entry = cases.get(row.lifecycle_id);
    if (!entry) {
      entry = {
        lifecycleId: row.lifecycle_id,
        productId: row.product_id,
        productName: row.product_name,
        version: row.version === '' ? null : row.version,
        status: row.approved ? 'approved' : 'submitted',
        revision: row.revision,
        approvedAt: row.approved_at?.toISOString() ?? null,
        launchedAt: row.launched_at?.toISOString() ?? null,
        currency: row.currency,
        investment: Number(row.investment),
        paybackMonths: row.payback_months,
        years: [],
        forecastTotal: 0,
        actualTotal: null,
      };
      cases.set(row.lifecycle_id, entry);
    }
    entry.years.push({
      year: row.year as 1 | 2 | 3,
      from: row.year_from,
      to: row.year_to,
      forecast: Number(row.forecast),
      actual: row.actual === null ? null : Number(row.actual),
      complete: row.year_to !== null && row.year_to <= today,
    });
  }
  return {
    businessCases: [...cases.values()].map((entry) => ({
      ...entry,
      forecastTotal: entry.years.reduce((total, year) => total + year.forecast, 0),
      actualTotal:
        entry.launchedAt === null ? null : entry.years.reduce((total, year) => total + (year.actual ?? 0), 0),
    })),
  };
}
