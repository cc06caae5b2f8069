import { z } from 'zod';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size in bytes from the environment: `1048576`, `512kb`, `1mb` (units of 1024, as body-parser reads them). */
export const byteSize = z.union([z.number(), z.string()]).transform((value, context) => {
  const match = /^\s*(\d+)\s*(b|kb|mb|gb)?\s*$/i.exec(String(value));
  const bytes = match ? Number(match[1]) * UNITS[(match[2] ?? '').toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    context.addIssue({ code: 'custom', message: 'a size such as 1048576, 512kb or 1mb' });
    return z.NEVER;
  }
  return bytes;
});
