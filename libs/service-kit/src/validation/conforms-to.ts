import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { z } from 'zod';

/**
 * Validates a DTO field with the zod schema of the event field it becomes, so whatever the HTTP edge
 * accepts the event contract accepts too (same length counting, same date and semver rules): a request
 * can never turn into an event the store refuses (a 500). For object and array schemas the message
 * names the nested part that failed (`conditions: 0.text: ...`); plain values give `field: message`.
 */
export function ConformsTo(schema: z.ZodType, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'conformsTo',
      constraints: [schema],
      validator: {
        validate: (value: unknown) => schema.safeParse(value).success,
        defaultMessage: (args) => {
          const result = schema.safeParse(args?.value);
          const issue = result.success ? undefined : result.error.issues[0];
          const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
          return `${args?.property ?? 'value'}: ${where}${issue?.message ?? 'invalid value'}`;
        },
      },
    },
    options,
  );
}
