import { productIdSchema, semverSchema } from '../catalogue/catalogue-values';
import { lifecycleIdSchema } from './lifecycle-values';

/**
 * Every lifecycle event names what it is about: the lifecycle, its product and, for the lifecycle of a
 * product version, that version (absent for the product's own lifecycle).
 */
export const lifecycleSubject = {
  lifecycleId: lifecycleIdSchema,
  productId: productIdSchema,
  version: semverSchema.optional(),
};
