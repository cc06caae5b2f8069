import { z } from 'zod';
import { personIdSchema, productIdSchema, semverSchema } from '../catalogue/catalogue-values';
import { defineEvent, type EventOf } from '../event-contract';
import { Topics } from '../topics';
import {
  customerAccountSchema,
  maxStrategicFit,
  moneySchema,
  requestIdSchema,
  requestInstantSchema,
  requestSourceSchema,
  riceImpactSchema,
} from './request-values';

/** Events of the Request aggregate, on `requests.request.v1`, key = requestId. */
export const RequestSubmittedV1 = defineEvent({
  type: 'RequestSubmitted',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'Someone asked for a feature or change. `accounts` are the customer accounts behind it with their annual ' +
    'revenue; `rhino` is true when one account drives it with a deal above `rhinoThreshold`.',
  schema: z.object({
    requestId: requestIdSchema,
    title: z.string().min(1).max(200),
    description: z.string().max(10_000),
    source: requestSourceSchema,
    productId: productIdSchema.optional(),
    /** The person asking (a sales rep, a support agent, a customer contact). */
    requester: personIdSchema,
    accounts: z.array(customerAccountSchema).max(500),
    dealValue: moneySchema,
    rhino: z.boolean(),
    rhinoThreshold: moneySchema,
    /** Who entered it (a person or an integration such as the CRM). */
    submittedBy: personIdSchema,
    submittedAt: requestInstantSchema,
  }),
});

export const RequestLinkedToProductV1 = defineEvent({
  type: 'RequestLinkedToProduct',
  schemaVersion: 1,
  topic: Topics.requests,
  description: 'A request was linked to a product of the catalogue (or moved from another product).',
  schema: z.object({
    requestId: requestIdSchema,
    productId: productIdSchema,
    previousProductId: productIdSchema.optional(),
    linkedBy: personIdSchema,
    linkedAt: requestInstantSchema,
  }),
});

export const RequestEndorsedV1 = defineEvent({
  type: 'RequestEndorsed',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'Another customer account wants the request too. Only an account new to the request is recorded; ' +
    '`rhino` is the flag after it.',
  schema: z.object({
    requestId: requestIdSchema,
    account: customerAccountSchema,
    note: z.string().max(2000).optional(),
    endorsedBy: personIdSchema,
    endorsedAt: requestInstantSchema,
    rhino: z.boolean(),
  }),
});

export const RequestMergedV1 = defineEvent({
  type: 'RequestMerged',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'The request was a duplicate and is closed as merged into `intoRequestId` (which records DuplicateAbsorbed).',
  schema: z.object({
    requestId: requestIdSchema,
    intoRequestId: requestIdSchema,
    mergedBy: personIdSchema,
    mergedAt: requestInstantSchema,
  }),
});

export const DuplicateAbsorbedV1 = defineEvent({
  type: 'DuplicateAbsorbed',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'A duplicate was merged into this request. `accounts` and `requesters` are the ones that moved over and ' +
    'were new to this request (an account already here is not counted twice); `rhino` is the flag after it.',
  schema: z.object({
    requestId: requestIdSchema,
    duplicateRequestId: requestIdSchema,
    accounts: z.array(customerAccountSchema),
    requesters: z.array(personIdSchema),
    rhino: z.boolean(),
    absorbedAt: requestInstantSchema,
  }),
});

export const RequestScoredV1 = defineEvent({
  type: 'RequestScored',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'A product manager scored the request: RICE (reach × impact × confidence ÷ effort = `rice`) and strategic fit (0-5).',
  schema: z.object({
    requestId: requestIdSchema,
    reach: z.number().int().min(0),
    impact: riceImpactSchema,
    confidence: z.number().min(0).max(1),
    effort: z.number().gt(0),
    rice: z.number().min(0),
    strategicFit: z.number().int().min(0).max(maxStrategicFit),
    scoredBy: personIdSchema,
    scoredAt: requestInstantSchema,
  }),
});

export const RequestAcceptedV1 = defineEvent({
  type: 'RequestAccepted',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    'A product manager accepted the request for a planned version of its product. A RHiNO (`rhino` true) is ' +
    'only accepted with a written `rationale`.',
  schema: z.object({
    requestId: requestIdSchema,
    productId: productIdSchema,
    plannedVersion: semverSchema,
    rationale: z.string().min(1).max(4000).optional(),
    rhino: z.boolean(),
    decidedBy: personIdSchema,
    decidedAt: requestInstantSchema,
  }),
});

export const RequestDeclinedV1 = defineEvent({
  type: 'RequestDeclined',
  schemaVersion: 1,
  topic: Topics.requests,
  description: 'A product manager declined the request; `reason` is what the customer is told.',
  schema: z.object({
    requestId: requestIdSchema,
    reason: z.string().min(1).max(4000),
    decidedBy: personIdSchema,
    decidedAt: requestInstantSchema,
  }),
});

export const RequestDeferredV1 = defineEvent({
  type: 'RequestDeferred',
  schemaVersion: 1,
  topic: Topics.requests,
  description: 'A product manager deferred the decision until a date.',
  schema: z.object({
    requestId: requestIdSchema,
    until: z.iso.date(),
    reason: z.string().min(1).max(4000).optional(),
    decidedBy: personIdSchema,
    decidedAt: requestInstantSchema,
  }),
});

export const RequestDeliveredV1 = defineEvent({
  type: 'RequestDelivered',
  schemaVersion: 1,
  topic: Topics.requests,
  description: "The catalogue released the version the request was accepted for (policy on VersionReleased).",
  schema: z.object({
    requestId: requestIdSchema,
    productId: productIdSchema,
    version: semverSchema,
    releasedAt: requestInstantSchema,
    deliveredAt: requestInstantSchema,
  }),
});

export const RequestClosedV1 = defineEvent({
  type: 'RequestClosed',
  schemaVersion: 1,
  topic: Topics.requests,
  description:
    "The request's product was withdrawn (policy on lifecycle's ProductWithdrawn): the request is closed unanswered.",
  schema: z.object({
    requestId: requestIdSchema,
    productId: productIdSchema,
    reason: z.string().min(1).max(4000),
    withdrawalEventId: z.string().min(1).max(200).optional(),
    closedAt: requestInstantSchema,
  }),
});

/** Every event the requests service publishes, at every schema version (the relay and AsyncAPI read this list). */
export const requestsContracts = [
  RequestSubmittedV1,
  RequestLinkedToProductV1,
  RequestEndorsedV1,
  RequestMergedV1,
  DuplicateAbsorbedV1,
  RequestScoredV1,
  RequestAcceptedV1,
  RequestDeclinedV1,
  RequestDeferredV1,
  RequestDeliveredV1,
  RequestClosedV1,
] as const;

/** An event on `requests.request.v1`, narrowed by `type`. */
export type RequestsTopicEvent = EventOf<typeof requestsContracts>;
