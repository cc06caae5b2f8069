export interface CreateProductLine {
  readonly type: 'CreateProductLine';
  readonly productLineId: string;
  readonly name: string;
  readonly description: string;
}

/** A partial update: each given field that differs from the current value becomes one event. */
export interface ReviseProductLine {
  readonly type: 'ReviseProductLine';
  readonly productLineId: string;
  readonly name?: string;
  readonly description?: string;
}

export interface ArchiveProductLine {
  readonly type: 'ArchiveProductLine';
  readonly productLineId: string;
  /** Products of this line that are not retired, counted by the caller inside the archiving transaction. */
  readonly activeProducts: number;
}

export type ProductLineCommand = CreateProductLine | ReviseProductLine | ArchiveProductLine;
