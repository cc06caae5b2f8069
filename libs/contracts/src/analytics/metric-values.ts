import { z } from 'zod';
import { productIdSchema, semverSchema } from '../catalogue/catalogue-values';

/**
 * The vocabulary of in-life facts that the company's other systems (CRM, billing, ERP, support desk) report
 * to analytics. Integrations build messages from these schemas, so a value added here is a contract change:
 * extend the lists only, never narrow them.
 */
export const metricNames = [
  'revenue',
  'units_sold',
  'active_customers',
  'churned_customers',
  'gross_margin',
  'support_tickets',
  'nps',
] as const;

export type MetricName = (typeof metricNames)[number];

const currencyPattern = /^[A-Z]{3}$/;

/** The unit each metric is reported in; a currency code means an ISO 4217 code such as EUR. */
export const metricUnits: Readonly<
  Record<MetricName, { readonly units: readonly string[]; readonly currency: boolean }>
> = {
  revenue: { units: [], currency: true },
  gross_margin: { units: ['percent'], currency: true },
  units_sold: { units: ['units'], currency: false },
  active_customers: { units: ['customers'], currency: false },
  churned_customers: { units: ['customers'], currency: false },
  support_tickets: { units: ['tickets'], currency: false },
  nps: { units: ['score'], currency: false },
};

export function isUnitOfMetric(metric: MetricName, unit: string): boolean {
  const allowed = metricUnits[metric];
  return allowed.units.includes(unit) || (allowed.currency && currencyPattern.test(unit));
}

export function describeMetricUnits(metric: MetricName): string {
  const allowed = metricUnits[metric];
  return [
    ...allowed.units.map((unit) => `'${unit}'`),
    ...(allowed.currency ? ['an ISO 4217 currency code such as EUR'] : []),
  ].join(' or ');
}

/** Metrics that count things: whole numbers, never negative. */
const countMetrics: readonly MetricName[] = [
  'units_sold',
  'active_customers',
  'churned_customers',
  'support_tickets',
];

/** A day (`2026-03-15`) or a calendar month (`2026-03`). */
export const factPeriodPattern = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;

export function isValidFactPeriod(period: string): boolean {
  const match = factPeriodPattern.exec(period);
  if (!match) return false;
  if (match[3] === undefined) return true;
  const date = new Date(`${period}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(period);
}

export const factPeriodSchema = z
  .string()
  .refine(isValidFactPeriod, 'a day (2026-03-15) or a month (2026-03)');

export const metricNameSchema = z.enum(metricNames);

/**
 * One in-life fact. `(source, externalId)` is its identity: the same fact sent again is a duplicate, a
 * different value (or period, product, ...) under the same identity is a correction of the earlier one.
 */
export const metricFactSchema = z
  .object({
    productId: productIdSchema,
    /** The product version the fact is about; absent for the product as a whole. */
    version: semverSchema.optional(),
    metric: metricNameSchema,
    period: factPeriodSchema,
    value: z.number().finite().min(-1e15).max(1e15),
    unit: z.string().min(1).max(16),
    /** The reporting system, e.g. `billing`, `crm`, `zendesk`. */
    source: z.string().min(1).max(100),
    /** The fact's id in the reporting system. */
    externalId: z.string().min(1).max(200),
  })
  .superRefine((fact, context) => {
    if (!isUnitOfMetric(fact.metric, fact.unit)) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${fact.metric} is reported in ${describeMetricUnits(fact.metric)}`,
      });
    }
    if (countMetrics.includes(fact.metric) && !(Number.isInteger(fact.value) && fact.value >= 0)) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${fact.metric} is a whole number, 0 or more`,
      });
    }
    if (fact.metric === 'nps' && (fact.value < -100 || fact.value > 100)) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'nps is a score from -100 to 100' });
    }
    if (fact.unit === 'percent' && fact.value > 100) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'a percentage is at most 100' });
    }
  });

export type MetricFact = z.infer<typeof metricFactSchema>;
