export type ProductLineStatus = 'active' | 'archived';

export type ProductLineState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly productLineId: string;
      readonly name: string;
      readonly description: string;
      readonly status: ProductLineStatus;
      /** Undefined for a line created before lines had owners (until one is assigned). */
      readonly ownerId?: string;
    };
