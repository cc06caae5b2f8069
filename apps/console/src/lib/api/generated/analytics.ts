// Generated from the service's OpenAPI document by `npm run console:api-types`. Do not edit.
export interface paths {
    "/analytics/business-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approved business case per year next to the actual revenue since launch */
        get: operations["ReportsController_businessCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/lifecycle-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time in each stage, gate decisions and kill rate per gate, cycle time from innovation to in_life */
        get: operations["ReportsController_lifecycleFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In-life performance per day or month and metric, for a product, a line, a stage or the portfolio */
        get: operations["ReportsController_performance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio: a page of products by name, or added up per stage, line or owner; asOf for a past date. More pages: nextCursor (and Link rel="next"). CSV: every product, streamed */
        get: operations["ReportsController_portfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The read models, how far each has applied its topics, and their last rebuild */
        get: operations["ProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/projections/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One read model: progress against its topics and its last rebuild (poll it during a rebuild) */
        get: operations["ProjectionsController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a read model from its topics (performance: from the facts) while the service keeps serving
         * @description Answers at once; follow the progress at the Location (GET /analytics/projections/{name}). 409 while one runs.
         */
        post: operations["ProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/request-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests per product: by status, revenue-weighted demand, RHiNO share, time to decision */
        get: operations["ReportsController_requestDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest in-life facts
         * @description A JSON array of facts or CSV (header: productId,version,metric,period,value,unit,source,externalId), up to 50000 rows and INGEST_MAX_BYTES (default 64 MB), each row at most INGEST_MAX_RECORD_BYTES (default 64 kB), read as it streams in. (source, externalId) makes ingest idempotent: the same fact again is a duplicate, a changed one a correction (the old one is kept as history). Each invalid row is reported with its line and reason, and nothing of it is written. While the body arrives, valid rows are staged; once it is complete they are applied in chunks, each chunk in its own transaction (`chunks` in the answer). A refused body (400, 413) writes nothing. A body not complete within INGEST_BODY_TIMEOUT_MS is cut off with 408: the rows read until then are applied and the answer says up to which line (`lastLine`, `applied`); resending the whole file is safe. Idempotent by design: a retried request only finds duplicates (no Idempotency-Key needed).
         */
        post: operations["FactsController_ingest"];
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
        BusinessCaseReportResponse: {
            businessCases: components["schemas"]["BusinessCaseResponse"][];
        };
        BusinessCaseResponse: {
            actualTotal: Record<string, never> | null;
            /** Format: date-time */
            approvedAt: Record<string, never> | null;
            currency: string;
            forecastTotal: number;
            investment: number;
            /** Format: date-time */
            launchedAt: Record<string, never> | null;
            /** Format: uuid */
            lifecycleId: string;
            paybackMonths: number;
            /** Format: uuid */
            productId: string;
            productName: Record<string, never> | null;
            revision: number;
            /** @enum {string} */
            status: "approved" | "submitted";
            version: Record<string, never> | null;
            years: components["schemas"]["BusinessCaseYearResponse"][];
        };
        BusinessCaseYearResponse: {
            /** @description null before launch. */
            actual: Record<string, never> | null;
            complete: boolean;
            forecast: number;
            from: Record<string, never> | null;
            /** @description Exclusive. */
            to: Record<string, never> | null;
            /** @enum {number} */
            year: 1 | 2 | 3;
        };
        DateRangeResponse: {
            /** @example 2025-04-01 */
            from: string;
            /**
             * @description Exclusive.
             * @example 2026-04-01
             */
            to: string;
        };
        DurationFiguresResponse: {
            averageDays: Record<string, never> | null;
            count: number;
            medianDays: Record<string, never> | null;
            p90Days: Record<string, never> | null;
        };
        FactBody: {
            /**
             * @description The fact's id in that system; with source, its identity.
             * @example inv-2026-03-0042
             */
            externalId: string;
            /** @enum {string} */
            metric: "revenue" | "units_sold" | "active_customers" | "churned_customers" | "gross_margin" | "support_tickets" | "nps";
            /**
             * @description A day or a calendar month.
             * @example 2026-03
             */
            period: string;
            /** Format: uuid */
            productId: string;
            /**
             * @description The reporting system.
             * @example billing
             */
            source: string;
            /**
             * @description revenue: ISO 4217 currency; gross_margin: currency or 'percent'; units_sold: 'units'; active_customers and churned_customers: 'customers'; support_tickets: 'tickets'; nps: 'score' (-100..100).
             * @example EUR
             */
            unit: string;
            /** @example 125000.5 */
            value: number;
            /**
             * @description Semantic version; omit for the product as a whole.
             * @example 1.4.0
             */
            version?: string;
        };
        GateFiguresResponse: {
            averageReviewDays: Record<string, never> | null;
            decisions: number;
            /** @description The stage the gate leads into. */
            gate: string;
            go: number;
            hold: number;
            kill: number;
            killRate: Record<string, never> | null;
            passRate: Record<string, never> | null;
            recycle: number;
        };
        IngestSummaryResponse: {
            /**
             * @description New facts stored.
             * @example 990
             */
            accepted: number;
            /**
             * @description Transactions the valid rows were applied in, one per chunk of up to 10,000 rows (0 when none was valid).
             * @example 1
             */
            chunks: number;
            /**
             * @description Known facts with a new content: the new one supersedes the old one (both are kept).
             * @example 5
             */
            corrections: number;
            /**
             * @description Facts already known with the same content: nothing changed.
             * @example 4
             */
            duplicates: number;
            /**
             * @description Rows read from the input.
             * @example 1000
             */
            received: number;
            /** @description Rows not ingested; nothing of them was written. */
            rejected: components["schemas"]["RejectedFactResponse"][];
        };
        LifecycleFlowReportResponse: {
            /** @description Innovation to in_life. */
            cycleTime: components["schemas"]["DurationFiguresResponse"];
            from: Record<string, never> | null;
            gates: components["schemas"]["GateFiguresResponse"][];
            timeInStage: components["schemas"]["StageTimeResponse"][];
            /** @description Exclusive. */
            to: Record<string, never> | null;
        };
        MoneyAmountResponse: {
            /** @example 1250000 */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        PerformancePointResponse: {
            /** @enum {string} */
            aggregation: "sum" | "stock" | "score";
            /** @description Facts behind the figure. */
            facts: number;
            metric: string;
            /** @example 2026-03 */
            period: string;
            products: number;
            sum: number;
            unit: string;
            /** @description sum: total; stock: per product averaged over time, then added; score: average. */
            value: number;
        };
        PerformanceReportResponse: {
            /** Format: date-time */
            asOf: Record<string, never> | null;
            /** @enum {string} */
            granularity: "day" | "month";
            points: components["schemas"]["PerformancePointResponse"][];
            scope: components["schemas"]["PerformanceScopeResponse"];
        };
        PerformanceScopeResponse: {
            /** Format: uuid */
            lineId?: string;
            /** Format: uuid */
            productId?: string;
            stage?: string;
            version?: string;
        };
        PortfolioGroupResponse: {
            acceptedRequests: number;
            activeCustomers: Record<string, never> | null;
            /** @enum {string} */
            groupBy: "stage" | "line" | "owner";
            key: Record<string, never> | null;
            label: Record<string, never> | null;
            nps: Record<string, never> | null;
            openRequests: number;
            products: number;
            revenueLast12Months: components["schemas"]["MoneyAmountResponse"][];
        };
        PortfolioProductResponse: {
            acceptedRequests: number;
            /** @description At the latest period reported. */
            activeCustomers: Record<string, never> | null;
            code: string;
            /** @enum {string} */
            kind: "software" | "physical" | "service";
            /** Format: uuid */
            lineId: string;
            lineName: Record<string, never> | null;
            /** @enum {string} */
            market: "b2b" | "b2c" | "internal";
            name: string;
            /** @description At the latest period reported. */
            nps: Record<string, never> | null;
            /** @description Requests open or deferred. */
            openRequests: number;
            ownerId: string;
            /** Format: uuid */
            productId: string;
            /** @description Per currency, the 12 calendar months ending with the month of the report. */
            revenueLast12Months: components["schemas"]["MoneyAmountResponse"][];
            stage: Record<string, never> | null;
            /** Format: date-time */
            stageSince: Record<string, never> | null;
            /** @enum {string} */
            status: "active" | "retired";
            versions: components["schemas"]["PortfolioVersionResponse"][];
        };
        PortfolioReportResponse: {
            /**
             * Format: date-time
             * @description The moment described; null for now.
             */
            asOf: Record<string, never> | null;
            /** @enum {string|null} */
            groupBy: "stage" | "line" | "owner" | null;
            /** @description With groupBy. */
            groups?: components["schemas"]["PortfolioGroupResponse"][];
            /** @description Without groupBy, when more products follow: pass it as `cursor` for the next page. */
            nextCursor?: string;
            /** @description Without groupBy: a page of products by name (`limit`, default 100). */
            products?: components["schemas"]["PortfolioProductResponse"][];
            revenueWindow: components["schemas"]["DateRangeResponse"];
        };
        PortfolioVersionResponse: {
            /** Format: date-time */
            releasedAt: Record<string, never> | null;
            /** @description The version's own lifecycle stage. */
            stage: Record<string, never> | null;
            /** @example 2026-06-30 */
            targetDate: Record<string, never> | null;
            /** @example 2.1.0 */
            version: string;
        };
        ProductDemandResponse: {
            accepted: number;
            accounts: number;
            closed: number;
            declined: number;
            deferred: number;
            delivered: number;
            open: number;
            productCode: Record<string, never> | null;
            /**
             * Format: uuid
             * @description null: requests not linked to a product yet.
             */
            productId: Record<string, never> | null;
            productName: Record<string, never> | null;
            requests: number;
            /** @description Annual revenue of the distinct accounts behind open, deferred and accepted requests. */
            revenueWeightedDemand: number;
            rhinoShare: Record<string, never> | null;
            timeToDecision: components["schemas"]["TimeToDecisionResponse"];
        };
        ProjectionProgressResponse: {
            applied: number;
            caughtUp: boolean;
            ratio: number;
            total: number;
        };
        ProjectionRebuildResponse: {
            /** @description Messages (or facts) applied so far. */
            applied: number;
            error: Record<string, never> | null;
            /** Format: date-time */
            finishedAt: Record<string, never> | null;
            /** @enum {string} */
            projection: "portfolio" | "lifecycle-flow" | "request-demand" | "business-cases" | "performance";
            /** @description 0..1 */
            ratio: number;
            /** Format: uuid */
            rebuildId: string;
            requestedBy: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** @description Messages on the topics when the rebuild started (or current facts). */
            total: number;
        };
        ProjectionStateResponse: {
            lastRebuild: components["schemas"]["ProjectionRebuildResponse"] | null;
            /** @enum {string} */
            name: "portfolio" | "lifecycle-flow" | "request-demand" | "business-cases" | "performance";
            progress: components["schemas"]["ProjectionProgressResponse"] | null;
            /** @enum {string} */
            source: "kafka" | "facts";
        };
        RejectedFactResponse: {
            /**
             * @description 0-based position among the rows (CSV data rows, JSON array elements).
             * @example 5
             */
            index: number;
            /**
             * @description 1-based line of the input where the row starts (CSV: the header is line 1).
             * @example 7
             */
            line: number;
            /**
             * @description Every broken field, with why.
             * @example unit: revenue is reported in an ISO 4217 currency code such as EUR
             */
            reason: string;
        };
        RequestDemandReportResponse: {
            products: components["schemas"]["ProductDemandResponse"][];
        };
        StageTimeResponse: {
            averageDays: Record<string, never> | null;
            count: number;
            /** @description Lifecycles in the stage now. */
            inStageNow: number;
            medianDays: Record<string, never> | null;
            p90Days: Record<string, never> | null;
            stage: string;
        };
        TimeToDecisionResponse: {
            averageDays: Record<string, never> | null;
            decided: number;
            medianDays: Record<string, never> | null;
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
    ReportsController_businessCases: {
        parameters: {
            query?: {
                /** @description Only this product. */
                productId?: string;
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
                    "application/json": components["schemas"]["BusinessCaseReportResponse"];
                    "text/csv": components["schemas"]["BusinessCaseReportResponse"];
                };
            };
        };
    };
    ReportsController_lifecycleFlow: {
        parameters: {
            query?: {
                /** @description First period, inclusive (a day or a month). */
                from?: string;
                /** @description Last period, inclusive (a day or a month). */
                to?: string;
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
                    "application/json": components["schemas"]["LifecycleFlowReportResponse"];
                    "text/csv": components["schemas"]["LifecycleFlowReportResponse"];
                };
            };
        };
    };
    ReportsController_performance: {
        parameters: {
            query?: {
                /** @description The figures as they were known then (facts recorded by then, before their corrections). */
                asOf?: string;
                /** @description First period, inclusive (a day or a month). */
                from?: string;
                granularity?: "day" | "month";
                /** @description The products of a line. */
                lineId?: string;
                metric?: "revenue" | "units_sold" | "active_customers" | "churned_customers" | "gross_margin" | "support_tickets" | "nps";
                /** @description One product (at most one of productId, lineId, stage). */
                productId?: string;
                /** @description Facts about periods that began while the product was in this stage. */
                stage?: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life" | "withdrawn" | "killed";
                /** @description Last period, inclusive (a day or a month). */
                to?: string;
                /** @description With productId: only facts about this version. */
                version?: string;
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
                    "application/json": components["schemas"]["PerformanceReportResponse"];
                    "text/csv": components["schemas"]["PerformanceReportResponse"];
                };
            };
        };
    };
    ReportsController_portfolio: {
        parameters: {
            query?: {
                /** @description The portfolio as it was (and as it was known) then: a date (end of that day, UTC) or a date-time. */
                asOf?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page (also in its `Link: rel="next"`). */
                cursor?: string;
                /** @description Add the products up per stage, line or owner. */
                groupBy?: "stage" | "line" | "owner";
                /** @description Products per page (JSON without groupBy; CSV always has every product). */
                limit?: number;
                /** @description Only products of this product line. */
                lineId?: string;
                /** @description true: only products I own or am a stakeholder of (the token subject). */
                mine?: "true" | "false";
                /** @description Only products owned by this person. */
                ownerId?: string;
                /** @description Only products in this lifecycle stage. */
                stage?: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life" | "withdrawn" | "killed";
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
                    "application/json": components["schemas"]["PortfolioReportResponse"];
                    "text/csv": components["schemas"]["PortfolioReportResponse"];
                };
            };
        };
    };
    ProjectionsController_list: {
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
                content: {
                    "application/json": components["schemas"]["ProjectionStateResponse"][];
                };
            };
        };
    };
    ProjectionsController_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "portfolio" | "lifecycle-flow" | "request-demand" | "business-cases" | "performance";
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
                    "application/json": components["schemas"]["ProjectionStateResponse"];
                };
            };
        };
    };
    ProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the same key and body return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                name: "portfolio" | "lifecycle-flow" | "request-demand" | "business-cases" | "performance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionRebuildResponse"];
                };
            };
        };
    };
    ReportsController_requestDemand: {
        parameters: {
            query?: {
                /** @description Only this product. */
                productId?: string;
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
                    "application/json": components["schemas"]["RequestDemandReportResponse"];
                    "text/csv": components["schemas"]["RequestDemandReportResponse"];
                };
            };
        };
    };
    FactsController_ingest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactBody"][] | string;
                "text/csv": components["schemas"]["FactBody"][] | string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestSummaryResponse"];
                };
            };
        };
    };
}
