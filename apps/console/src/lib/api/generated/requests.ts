// Generated from the service's OpenAPI document by `npm run console:api-types`. Do not edit.
export interface paths {
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requests (read model), filtered, by priority, demand or most recent first */
        get: operations["RequestsController_list"];
        put?: never;
        /** Submit a request (from Sales, a customer, support, a partner, an internal team or the market) */
        post: operations["RequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request as its events tell it (consistent right after a write); ETag = its version */
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide: accept for a planned version, decline with a reason, or defer until a date
         * @description Accepting a RHiNO (one account, a deal above REQUESTS_RHINO_THRESHOLD) needs a rationale.
         */
        post: operations["RequestTriageController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Another account wants it too (an account already behind the request counts once: 200, nothing recorded) */
        post: operations["RequestsController_endorse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of a request: what happened, when, and who did it */
        get: operations["RequestsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this duplicate into a primary request
         * @description The duplicate closes as merged; its accounts and requesters move to the primary, each account counted once.
         */
        post: operations["RequestTriageController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link a request to a product of the catalogue (not retired, not withdrawn) */
        put: operations["RequestsController_linkToProduct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score a request: RICE (reach, impact, confidence, effort) and strategic fit */
        put: operations["RequestTriageController_score"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank a product's open, deferred and accepted requests
         * @description Priority (0-100) = RICE share of the product's best × 50 + revenue-weighted demand share of the product's best × 30 + strategic fit ÷ 5 × 20; every part is shown, with a sentence a product manager can read out to Sales.
         */
        get: operations["RequestsController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CustomerAccountBody: {
            /**
             * @description The account's id in the CRM
             * @example acct-4711
             */
            accountId: string;
            /**
             * @description Account name
             * @example Acme Corp
             */
            name: string;
            /**
             * @description Annual revenue of the account (reporting currency). Commercial data: omitted for the viewer, contributor and integration roles.
             * @example 1200000
             */
            revenue: number;
        };
        DecideRequestBody: {
            /** @enum {string} */
            outcome: "accept" | "decline" | "defer";
            /**
             * @description accept (required): the version of the product it is planned for (semver)
             * @example 2.1.0
             */
            plannedVersion?: string;
            /** @description accept: why; required when the request is a RHiNO (else 422) */
            rationale?: string;
            /** @description decline (required): what the customer is told; defer (optional): why */
            reason?: string;
            /**
             * Format: date
             * @description defer (required): the day to decide again, after today
             * @example 2026-09-30
             */
            until?: string;
        };
        DemandPartView: {
            accountCount: number;
            accounts: components["schemas"]["CustomerAccountBody"][];
            /** @description Best demand of the product */
            best: number;
            /** @description share × weight */
            points: number;
            /** @description value ÷ the best value among the product's ranked requests */
            share: number;
            /** @description Sum of the distinct accounts' annual revenue */
            value: number;
            /** @description Points this part gives at most */
            weight: number;
        };
        EndorseRequestBody: {
            /** @description The account that wants it too; an account already behind it counts once */
            account: components["schemas"]["CustomerAccountBody"];
            /** @example Raised again at the quarterly review */
            note?: string;
        };
        LinkProductBody: {
            /**
             * Format: uuid
             * @description A product of the catalogue that is not retired or withdrawn
             */
            productId: string;
        };
        MergeRequestBody: {
            /**
             * Format: uuid
             * @description The primary request this duplicate is merged into
             */
            intoRequestId: string;
        };
        PriorityPartsView: {
            /** @description Commercial data: omitted for the viewer, contributor and integration roles. */
            demand?: components["schemas"]["DemandPartView"];
            rice: components["schemas"]["RicePartView"];
            strategicFit: components["schemas"]["StrategicFitPartView"];
        };
        RankedProductView: {
            code: string | null;
            name: string | null;
            /** Format: uuid */
            productId: string;
            /** @description active, retired or withdrawn; null if not in the catalogue */
            status: string | null;
        };
        RankingEntryView: {
            /** @description The score in words, part by part (it names the demand: Commercial data: omitted for the viewer, contributor and integration roles.) */
            explanation?: string;
            parts: components["schemas"]["PriorityPartsView"];
            /** @description 0-100, the sum of the parts’ points */
            priority: number;
            rank: number;
            /** Format: uuid */
            requestId: string;
            rhino: boolean;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "deferred" | "delivered" | "merged" | "closed";
            title: string;
        };
        RankingView: {
            /** @description Open, deferred and accepted requests, highest priority first */
            items: components["schemas"]["RankingEntryView"][];
            product: components["schemas"]["RankedProductView"];
            /**
             * @description Points each part gives at most
             * @example {
             *       "rice": 50,
             *       "demand": 30,
             *       "strategicFit": 20
             *     }
             */
            weights: Record<string, never>;
        };
        RequestDecisionView: {
            /** Format: date-time */
            decidedAt: string;
            decidedBy: string;
            /** @enum {string} */
            outcome: "accept" | "decline" | "defer";
            plannedVersion?: string;
            rationale?: string;
            reason?: string;
            /** Format: date */
            until?: string;
        };
        RequestHistoryEntry: {
            /** @description Who did it (token subject, or policy:<name>) */
            actor?: string;
            /** @description The event as published on requests.request.v1 (revenue, dealValue and demand: Commercial data: omitted for the viewer, contributor and integration roles.) */
            data: Record<string, never>;
            /** Format: uuid */
            eventId: string;
            /**
             * Format: date-time
             * @description When it was recorded
             */
            recordedAt: string;
            /** @description What happened, e.g. RequestEndorsed */
            type: string;
            version: number;
        };
        RequestHistoryView: {
            events: components["schemas"]["RequestHistoryEntry"][];
            /** Format: uuid */
            requestId: string;
        };
        RequestListItem: {
            accountCount: number;
            /** @description Commercial data: omitted for the viewer, contributor and integration roles. */
            dealValue?: number;
            /** @description Sum of the distinct accounts' annual revenue. Commercial data: omitted for the viewer, contributor and integration roles. */
            demand?: number;
            /** @description 0-100 within its product; null unless open, deferred or accepted. It weighs the demand: Commercial data: omitted for the viewer, contributor and integration roles. */
            priority?: number | null;
            /** Format: uuid */
            productId: string | null;
            /** Format: uuid */
            requestId: string;
            rhino: boolean;
            rice: number | null;
            /** @enum {string} */
            source: "sales" | "customer" | "support" | "partner" | "internal" | "market";
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "deferred" | "delivered" | "merged" | "closed";
            strategicFit: number | null;
            /** Format: date-time */
            submittedAt: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RequestListPage: {
            items: components["schemas"]["RequestListItem"][];
            /** @description Pass as cursor for the next page; absent on the last page */
            nextCursor?: string;
        };
        RequestScoreView: {
            confidence: number;
            effort: number;
            impact: number;
            reach: number;
            /** @description reach × impact × confidence ÷ effort */
            rice: number;
            /** Format: date-time */
            scoredAt: string;
            scoredBy: string;
            strategicFit: number;
        };
        RequestView: {
            absorbedDuplicates: string[];
            /** @description Distinct accounts behind the request */
            accounts: components["schemas"]["CustomerAccountBody"][];
            closure?: Record<string, never>;
            /** @description The deal riding on the request. Commercial data: omitted for the viewer, contributor and integration roles. */
            dealValue?: number;
            decision?: components["schemas"]["RequestDecisionView"];
            delivery?: Record<string, never>;
            /** @description Revenue-weighted demand: sum of the distinct accounts' annual revenue. Commercial data: omitted for the viewer, contributor and integration roles. */
            demand?: number;
            description: string;
            /** Format: uuid */
            mergedInto?: string;
            /** Format: uuid */
            productId?: string;
            requesters: string[];
            /** Format: uuid */
            requestId: string;
            /** @description One account drives it with a deal above rhinoThreshold */
            rhino: boolean;
            rhinoThreshold: number;
            score?: components["schemas"]["RequestScoreView"];
            /** @enum {string} */
            source: "sales" | "customer" | "support" | "partner" | "internal" | "market";
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "deferred" | "delivered" | "merged" | "closed";
            /** Format: date-time */
            submittedAt: string;
            title: string;
            /** @description Stream version, also the ETag */
            version: number;
        };
        RicePartView: {
            /** @description Best RICE of the product */
            best: number;
            confidence: number | null;
            effort: number | null;
            impact: number | null;
            /** @description share × weight */
            points: number;
            reach: number | null;
            /** @description value ÷ the best value among the product's ranked requests */
            share: number;
            /** @description reach × impact × confidence ÷ effort */
            value: number | null;
            /** @description Points this part gives at most */
            weight: number;
        };
        ScoreRequestBody: {
            /**
             * @description From 0 (a guess) to 1 (certain)
             * @example 0.8
             */
            confidence: number;
            /**
             * @description Person-months, above 0
             * @example 3
             */
            effort: number;
            /**
             * @description 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal
             * @example 2
             * @enum {number}
             */
            impact: 0.25 | 0.5 | 1 | 2 | 3;
            /**
             * @description People or accounts affected per quarter
             * @example 500
             */
            reach: number;
            /**
             * @description 0 (off strategy) to 5 (core of the strategy)
             * @example 4
             */
            strategicFit: number;
        };
        StrategicFitPartView: {
            max: number;
            /** @description share × weight */
            points: number;
            /** @description value ÷ the best value among the product's ranked requests */
            share: number;
            value: number | null;
            /** @description Points this part gives at most */
            weight: number;
        };
        SubmitRequestBody: {
            /**
             * @description Customer accounts behind the request
             * @default []
             */
            accounts: components["schemas"]["CustomerAccountBody"][];
            /**
             * @description Value of the deal riding on it (reporting currency)
             * @default 0
             * @example 300000
             */
            dealValue: number;
            /**
             * @default
             * @example Acme wants to log in with their Okta accounts
             */
            description: string;
            /**
             * Format: uuid
             * @description The product it is for, if known (must be in the catalogue and not retired)
             */
            productId?: string;
            /**
             * @description The person asking; default: the caller
             * @example sam.sales
             */
            requester?: string;
            /**
             * @example sales
             * @enum {string}
             */
            source: "sales" | "customer" | "support" | "partner" | "internal" | "market";
            /** @example Single sign-on with Okta */
            title: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    RequestsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description true: only requests of products I own or am a stakeholder of (the token subject). */
                mine?: "true" | "false";
                productId?: string;
                /** @description Only RHiNOs (true) or only the others (false) */
                rhino?: "true" | "false";
                /** @description priority: within each product, highest first */
                sort?: "priority" | "demand" | "recent";
                source?: "sales" | "customer" | "support" | "partner" | "internal" | "market";
                status?: "open" | "accepted" | "declined" | "deferred" | "delivered" | "merged" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestListPage"];
                };
            };
        };
    };
    RequestsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRequestBody"];
            };
        };
        responses: {
            /** @description Submitted; `Location` and `ETag` are set. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles sales, product_manager, contributor, integration, admin. A product_manager must be the product's owner, one of its product_management stakeholders or its line's owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): product.unknown, product.retired, product.withdrawn */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Unknown request id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestTriageController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles product_manager, admin. A product_manager must be the product's owner, one of its product_management stakeholders or its line's owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): request.rhino_rationale_required, request.product_required, request.version_already_released, request.defer_until_not_future, product.retired, product.withdrawn, request.closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_endorse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndorseRequestBody"];
            };
        };
        responses: {
            /** @description The account already wants the request; nothing was recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description The endorsement was recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles sales, product_manager, contributor, integration, admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): request.closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestHistoryView"];
                };
            };
            /** @description Unknown request id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestTriageController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequestBody"];
            };
        };
        responses: {
            /** @description The duplicate, now merged (its ETag is set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles product_manager, admin. A product_manager must be the product's owner, one of its product_management stakeholders or its line's owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): request.merge_into_itself, request.merge_into_closed, request.merge_target_unknown, request.merge_across_products, request.closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_linkToProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkProductBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles sales, product_manager, contributor, integration, admin. A product_manager must be the product's owner, one of its product_management stakeholders or its line's owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): product.unknown, product.retired, product.withdrawn, request.product_locked_by_plan, request.closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestTriageController_score: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestView"];
                };
            };
            /** @description Invalid input: problem+json with `errors[]` field paths. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs one of the roles product_manager, admin. A product_manager must be the product's owner, one of its product_management stakeholders or its line's owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): request.closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RequestsController_ranking: {
        parameters: {
            query: {
                /** @description The product whose requests are ranked */
                productId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingView"];
                };
            };
        };
    };
}
