export interface CreateProductLine {
  readonly type: 'CreateProductLine';
  readonly productLineId: string;
  readonly name: string;
  readonly description: string;
  /** Whoever creates the line, unless another person is named. */
  readonly ownerId: string;
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

/** The line gets a new owner (assigning the current owner again changes nothing). */
export interface AssignProductLineOwner {
  readonly type: 'AssignProductLineOwner';
  readonly productLineId: string;
  readonly ownerId: string;
}

export type ProductLineCommand =
  | CreateProductLine
  | ReviseProductLine
  | ArchiveProductLine
  | AssignProductLineOwner;
