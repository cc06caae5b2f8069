import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { z } from 'zod';

/** Validates a DTO field with the zod schema of the event field it becomes (see field-schemas.ts). */
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
          return `${args?.property ?? 'value'}: ${issue?.message ?? 'invalid value'}`;
        },
      },
    },
    options,
  );
}
