import { z } from 'zod';

/** A UTF-16 surrogate without its partner: valid in a JS string, refused by PostgreSQL's jsonb. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL can store: no NUL character and no lone surrogate (either would make the event's jsonb
 * insert fail, a 500). Every service builds its request field schemas from these two.
 */
export const storableText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters')
    .refine((s) => !loneSurrogate.test(s), 'must be well-formed Unicode');

/** Storable text a person meant to type: at least one character that is not blank. */
export const requiredText = (max: number) =>
  storableText(1, max).refine((s) => s.trim().length > 0, 'must not be blank');
