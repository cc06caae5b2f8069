/** Words a person reads for the API's codes. */
export const stageLabels: Record<string, string> = {
  innovation: 'Innovation',
  analysis: 'Analysis',
  development: 'Development',
  go_to_market: 'Go to market',
  in_life: 'In life',
  end_of_life: 'End of life',
  withdrawn: 'Withdrawn',
  killed: 'Killed',
};

export const stageOptions = Object.entries(stageLabels).map(([value, label]) => ({ value, label }));

export const kindLabels = { software: 'Software', physical: 'Physical', service: 'Service' } as const;
export const marketLabels = { b2b: 'Business (B2B)', b2c: 'Consumer (B2C)', internal: 'Internal' } as const;

export const stakeholderRoleLabels = {
  product_management: 'Product management',
  development: 'Development',
  marketing: 'Marketing',
  sales: 'Sales',
  support: 'Support',
  finance: 'Finance',
  senior_management: 'Senior management',
  operations: 'Operations',
  legal: 'Legal',
  other: 'Other',
} as const;

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleString('en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
      }) + ' UTC';
}
