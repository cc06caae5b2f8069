// Generated from the service's OpenAPI document by `npm run console:api-types`. Do not edit.
export interface paths {
    "/gate-reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review: criteria with assessments, required activities, business case, what a go still needs. */
        get: operations["GateReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gate-reviews/{reviewId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess a criterion of an open review: met or not, with evidence. */
        post: operations["GateReviewsController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gate-reviews/{reviewId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The gatekeeper's decision: go, kill, hold or recycle (422 names what a go still misses). */
        post: operations["GateReviewsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lifecycles, oldest first, from the read model (updated from the event topic). */
        get: operations["LifecyclesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lifecycle: stage and since when, activities, open review, business case. `ETag` = stream version. */
        get: operations["LifecyclesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/activities/{activityId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an activity of the current stage complete. */
        post: operations["LifecyclesController_completeActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the next stage directly, where the playbook gate needs no review. */
        post: operations["LifecyclesController_advance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/business-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Submit or revise the business case (innovation or analysis). */
        put: operations["LifecyclesController_submitBusinessCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/gate-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the review of the gate into the next stage. */
        post: operations["LifecyclesController_openGateReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the lifecycle with who and when. */
        get: operations["LifecyclesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Announce the withdrawal of an in-life product: it enters end_of_life. */
        post: operations["LifecyclesController_announceWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lifecycles/{id}/withdrawal/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the announced withdrawal: withdrawn (ProductWithdrawn is published). */
        post: operations["LifecyclesController_completeWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The playbook in force: per gate the criteria, per stage the activities. Revision 0 is the default. */
        get: operations["PlaybookController_get"];
        /** Replace the playbook (validated; open reviews keep their criteria). */
        put: operations["PlaybookController_replace"];
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
        ActivityBody: {
            description?: string;
            /**
             * @description Unique across the playbook.
             * @example market-validation
             */
            id: string;
            /** @enum {string} */
            kind: "strategic" | "inbound" | "outbound";
            /** @example Validate the market need */
            name: string;
            /**
             * @description The organisational role that usually does it.
             * @example product_management
             */
            ownerRole: string;
        };
        ActivityCompletionBody: {
            /** @example Interviews with 12 customers, notes in the wiki */
            note?: string;
        };
        AdvanceBody: {
            /**
             * @description The next stage, through a gate that needs no review.
             * @example go_to_market
             * @enum {string}
             */
            toStage: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life" | "withdrawn" | "killed";
        };
        AssessmentBody: {
            /**
             * @description A criterion of the review (its playbook id).
             * @example market-need-validated
             */
            criterionId: string;
            /** @example 14 of 20 interviewed customers would pay */
            evidence: string;
            /** @example true */
            met: boolean;
        };
        BusinessCaseBody: {
            /**
             * @description ISO 4217; every amount is in it.
             * @example EUR
             */
            currency: string;
            expectedRevenue: components["schemas"]["ExpectedRevenueBody"];
            /** @example 250000 */
            investment: number;
            /** @example 20 */
            paybackMonths: number;
            /** @example Self-service onboarding for small teams */
            proposition: string;
            /** @example B2B SaaS, 10-50 seats */
            targetMarket: string;
        };
        CriterionBody: {
            description?: string;
            /**
             * @description Unique within its gate.
             * @example market-need-validated
             */
            id: string;
            name: string;
            /** @description Activities of the stage the gate leaves that a go needs complete (must-meet criteria). */
            requiredActivities: string[];
            /** @enum {string} */
            type: "must_meet" | "should_meet";
        };
        DecisionBody: {
            /** @description Conditions attached to the decision. */
            conditions?: string[];
            /**
             * @description go: next stage; kill: stop for good; hold: stay, decide later; recycle: back one stage.
             * @enum {string}
             */
            decision: "go" | "kill" | "hold" | "recycle";
            /** @description Why; required for kill, hold and recycle. */
            rationale?: string;
        };
        ExpectedRevenueBody: {
            /**
             * @description Revenue in the first year after launch.
             * @example 100000
             */
            year1: number;
            /** @example 300000 */
            year2: number;
            /** @example 500000 */
            year3: number;
        };
        GateBody: {
            criteria: components["schemas"]["CriterionBody"][];
            /** @description false: a product manager advances directly, no review (never for development). */
            requiresReview: boolean;
            /** @enum {string} */
            toStage: "analysis" | "development" | "go_to_market" | "in_life";
        };
        OpenGateReviewBody: {
            /**
             * @description The next stage: one of analysis, development, go_to_market, in_life.
             * @example analysis
             * @enum {string}
             */
            toStage: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life" | "withdrawn" | "killed";
        };
        PlaybookBody: {
            /** @description One per gated stage. */
            gates: components["schemas"]["GateBody"][];
            /** @example Web products */
            name: string;
            stages: components["schemas"]["StageActivitiesBody"][];
        };
        StageActivitiesBody: {
            activities: components["schemas"]["ActivityBody"][];
            /** @enum {string} */
            stage: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life";
        };
        WithdrawalBody: {
            /**
             * Format: date
             * @description The day the product stops being offered.
             * @example 2026-12-31
             */
            effectiveDate: string;
            /** @example Replaced by the cloud edition */
            reason: string;
            /**
             * Format: uuid
             * @description The product customers move to.
             */
            replacementProductId?: string;
        };
        WithdrawalCompletionBody: Record<string, never>;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GateReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GateReviewsController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GateReviewsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description true: only products I own or am a stakeholder of (the token subject). */
                mine?: "true" | "false";
                /** @description The product's lifecycle and its versions' ones. */
                productId?: string;
                stage?: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life" | "withdrawn" | "killed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ items, nextCursor }`; pass `nextCursor` as `cursor` for the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_get: {
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
                content?: never;
            };
        };
    };
    LifecyclesController_completeActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                activityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCompletionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_advance: {
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
                "application/json": components["schemas"]["AdvanceBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_submitBusinessCase: {
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
                "application/json": components["schemas"]["BusinessCaseBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_openGateReview: {
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
                "application/json": components["schemas"]["OpenGateReviewBody"];
            };
        };
        responses: {
            /** @description The review; `Location` names it, `ETag` is the lifecycle version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_history: {
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
                content?: never;
            };
        };
    };
    LifecyclesController_announceWithdrawal: {
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
                "application/json": components["schemas"]["WithdrawalBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LifecyclesController_completeWithdrawal: {
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
                "application/json": components["schemas"]["WithdrawalCompletionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PlaybookController_get: {
        parameters: {
            query?: never;
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
                content?: never;
            };
        };
    };
    PlaybookController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
