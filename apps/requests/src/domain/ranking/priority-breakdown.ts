import type { CustomerAccount, RequestStatus } from '@product-ledger/contracts';

/** One part of the priority: its value, how it compares with the best of the product, the points it gives. */
interface PartShare {
  /** value ÷ best value among the product's ranked requests (0 when nothing scores above zero). */
  readonly share: number;
  /** Points this part can give at most. */
  readonly weight: number;
  /** share × weight, rounded to 2 decimals. */
  readonly points: number;
}

export interface RicePart extends PartShare {
  readonly reach: number | null;
  readonly impact: number | null;
  readonly confidence: number | null;
  readonly effort: number | null;
  /** reach × impact × confidence ÷ effort; null when the request is not scored yet. */
  readonly value: number | null;
  readonly best: number;
}

export interface DemandPart extends PartShare {
  readonly accounts: readonly CustomerAccount[];
  readonly accountCount: number;
  /** Sum of the distinct accounts' annual revenue. */
  readonly value: number;
  readonly best: number;
}

export interface StrategicFitPart extends PartShare {
  readonly value: number | null;
  readonly max: number;
}

/** A ranked request with every part of its score, so a product manager can explain it to Sales. */
export interface PriorityBreakdown {
  readonly rank: number;
  readonly requestId: string;
  readonly title: string;
  readonly status: RequestStatus;
  readonly rhino: boolean;
  /** 0-100: the sum of the parts' points. */
  readonly priority: number;
  readonly parts: {
    readonly rice: RicePart;
    readonly demand: DemandPart;
    readonly strategicFit: StrategicFitPart;
  };
  readonly explanation: string;
}
