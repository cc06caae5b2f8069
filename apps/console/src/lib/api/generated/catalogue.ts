// Generated from the service's OpenAPI document by `npm run console:api-types`. Do not edit.
export interface paths {
    "/product-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List product lines by name (read model) */
        get: operations["ProductLinesController_list"];
        put?: never;
        /** Create a product line */
        post: operations["ProductLinesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/product-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product line, as of its latest event */
        get: operations["ProductLinesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or describe a product line (If-Match honoured) */
        patch: operations["ProductLinesController_revise"];
        trace?: never;
    };
    "/product-lines/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product line that holds no active product (If-Match honoured) */
        post: operations["ProductLinesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/product-lines/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the line's owner, who may change the line and every product in it (If-Match honoured) */
        put: operations["ProductLinesController_assignOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products by code (read model), filtered by line, owner, text and status */
        get: operations["ProductsController_list"];
        put?: never;
        /** Register a product (its code must be unused) */
        post: operations["ProductsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product, as of its latest event */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, describe or move a product to another line (If-Match honoured) */
        patch: operations["ProductsController_revise"];
        trace?: never;
    };
    "/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of a product: who, when, what (oldest first) */
        get: operations["ProductsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the accountable owner (If-Match honoured) */
        put: operations["ProductsController_assignOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a product: it takes no more changes (If-Match honoured) */
        post: operations["ProductsController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/stakeholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a stakeholder (person + role) (If-Match honoured) */
        post: operations["ProductsController_addStakeholder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/stakeholders/{personId}/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a stakeholder in one role (If-Match honoured) */
        delete: operations["ProductsController_removeStakeholder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a version (semver, used once) (If-Match honoured) */
        post: operations["ProductsController_planVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}/versions/{version}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a planned version (If-Match honoured) */
        post: operations["ProductsController_releaseVersion"];
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
        AddStakeholderBody: {
            /** @example bob */
            personId: string;
            /** @enum {string} */
            role: "product_management" | "development" | "marketing" | "sales" | "support" | "finance" | "senior_management" | "operations" | "legal" | "other";
        };
        ArchiveProductLineBody: Record<string, never>;
        AssignOwnerBody: {
            /** @example carol */
            ownerId: string;
        };
        AssignProductLineOwnerBody: {
            /** @example lena */
            ownerId: string;
        };
        CreateProductLineBody: {
            /**
             * @default
             * @example Tools that help teams work together
             */
            description: string;
            /** @example Collaboration */
            name: string;
            /**
             * @description Default: whoever creates the line.
             * @example lena
             */
            ownerId?: string;
        };
        HistoryEntryView: {
            /** @description Who: the subject of the token, or `policy:<name>` for a policy. */
            actor?: string;
            correlationId?: string;
            /** @description What happened: the event data. */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            recordedAt: string;
            /** @description Position in the product stream, from 1. */
            revision: number;
            /** @example ProductRenamed */
            type: string;
        };
        HistoryPage: {
            items: components["schemas"]["HistoryEntryView"][];
            nextCursor?: string;
        };
        PlanVersionBody: {
            /** @example Pipeline forecasting and Outlook sync */
            scope: string;
            /**
             * Format: date
             * @example 2026-09-30
             */
            targetDate: string;
            /**
             * @description Semantic version, used once.
             * @example 1.4.0
             */
            version: string;
        };
        ProductLineListItem: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            name: string;
            /** @description Who owns the line (may change it and its products); absent on lines created before lines had owners. */
            ownerId?: string;
            /** Format: uuid */
            productLineId: string;
            /** @description Stream version: the value of the ETag, to send back in If-Match. */
            revision: number;
            /** @enum {string} */
            status: "active" | "archived";
            /** Format: date-time */
            updatedAt: string;
        };
        ProductLinePage: {
            items: components["schemas"]["ProductLineListItem"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        ProductLineRef: {
            /** @description Absent only if the line is unknown to this view. */
            name?: string;
            /** Format: uuid */
            productLineId: string;
        };
        ProductLineView: {
            description: string;
            name: string;
            /** @description Who owns the line (may change it and its products); absent on lines created before lines had owners. */
            ownerId?: string;
            /** Format: uuid */
            productLineId: string;
            /** @description Stream version: the value of the ETag, to send back in If-Match. */
            revision: number;
            /** @enum {string} */
            status: "active" | "archived";
        };
        ProductPage: {
            items: components["schemas"]["ProductView"][];
            /** @description Pass as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        ProductVersionView: {
            /** Format: date-time */
            releasedAt?: string;
            scope: string;
            /** @enum {string} */
            status: "planned" | "released";
            /** Format: date */
            targetDate: string;
            /** @example 1.4.0 */
            version: string;
        };
        ProductView: {
            code: string;
            description: string;
            /** @enum {string} */
            initialStage?: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life";
            /** @enum {string} */
            kind: "software" | "physical" | "service";
            /** @enum {string} */
            market: "b2b" | "b2c" | "internal";
            name: string;
            ownerId: string;
            /** Format: uuid */
            productId: string;
            productLine: components["schemas"]["ProductLineRef"];
            retirementReason?: string;
            /** @description Stream version: the value of the ETag, to send back in If-Match. */
            revision: number;
            stakeholders: components["schemas"]["StakeholderView"][];
            /** @enum {string} */
            status: "active" | "retired";
            versions: components["schemas"]["ProductVersionView"][];
        };
        RegisterProductBody: {
            /**
             * @description Unique in the catalogue.
             * @example CRM
             */
            code: string;
            /**
             * @default
             * @example Customer relationship management for B2B sales teams
             */
            description: string;
            /**
             * @description For a product that already exists: the lifecycle stage it starts at (default innovation).
             * @enum {string}
             */
            initialStage?: "innovation" | "analysis" | "development" | "go_to_market" | "in_life" | "end_of_life";
            /** @enum {string} */
            kind: "software" | "physical" | "service";
            /** @enum {string} */
            market: "b2b" | "b2c" | "internal";
            /** @example CRM Suite */
            name: string;
            /**
             * @description The accountable product manager.
             * @example alice
             */
            ownerId: string;
            /**
             * Format: uuid
             * @description An active product line.
             */
            productLineId: string;
        };
        ReleaseVersionBody: {
            /**
             * Format: date-time
             * @description When it was released; default now.
             */
            releasedAt?: string;
        };
        RetireProductBody: {
            /** @example Replaced by CRM Cloud */
            reason: string;
        };
        ReviseProductBody: {
            description?: string;
            name?: string;
            /**
             * Format: uuid
             * @description Move the product to this active line.
             */
            productLineId?: string;
        };
        ReviseProductLineBody: {
            description?: string;
            /** @example Teamwork */
            name?: string;
        };
        StakeholderView: {
            personId: string;
            /** @enum {string} */
            role: "product_management" | "development" | "marketing" | "sales" | "support" | "finance" | "senior_management" | "operations" | "legal" | "other";
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
    ProductLinesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description true: only the lines I own (the token subject). */
                mine?: "true" | "false";
                status?: "active" | "archived";
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
                    "application/json": components["schemas"]["ProductLinePage"];
                };
            };
        };
    };
    ProductLinesController_create: {
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
                "application/json": components["schemas"]["CreateProductLineBody"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` are set. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLineView"];
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
            /** @description Needs one of the roles product_manager, admin. */
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductLinesController_get: {
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
            /** @description `ETag` is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLineView"];
                };
            };
            /** @description Unknown product line. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductLinesController_revise: {
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
                "application/json": components["schemas"]["ReviseProductLineBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLineView"];
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
            /** @description Needs one of the roles product_manager, admin. A product_manager changes a line only as its owner (`urn:product-ledger:problem:not-product-line-owner`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductLinesController_archive: {
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
                "application/json": components["schemas"]["ArchiveProductLineBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLineView"];
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
            /** @description Needs one of the roles product_manager, admin. A product_manager changes a line only as its owner (`urn:product-ledger:problem:not-product-line-owner`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductLinesController_assignOwner: {
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
                "application/json": components["schemas"]["AssignProductLineOwnerBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLineView"];
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
            /** @description Needs one of the roles product_manager, admin. A product_manager changes a line only as its owner (`urn:product-ledger:problem:not-product-line-owner`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Only products of this line. */
                lineId?: string;
                /** @description true: only products I own or am a stakeholder of (the token subject). */
                mine?: "true" | "false";
                /** @description Only products owned by this person. */
                ownerId?: string;
                /** @description Text to find in code, name or description (case-insensitive). */
                q?: string;
                status?: "active" | "retired";
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
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
        };
    };
    ProductsController_register: {
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
                "application/json": components["schemas"]["RegisterProductBody"];
            };
        };
        responses: {
            /** @description Registered; `Location` and `ETag` are set. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Needs one of the roles product_manager, admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The code is already registered. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_get: {
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
            /** @description `ETag` is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description Unknown product. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_revise: {
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
                "application/json": components["schemas"]["ReviseProductBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_history: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
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
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Unknown product. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_assignOwner: {
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
                "application/json": components["schemas"]["AssignOwnerBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_retire: {
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
                "application/json": components["schemas"]["RetireProductBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_addStakeholder: {
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
                "application/json": components["schemas"]["AddStakeholderBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_removeStakeholder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you saw, e.g. "3"; a stale one gets 409. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                personId: string;
                role: "product_management" | "development" | "marketing" | "sales" | "support" | "finance" | "senior_management" | "operations" | "legal" | "other";
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
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_planVersion: {
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
                "application/json": components["schemas"]["PlanVersionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProductsController_releaseVersion: {
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
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseVersionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Unknown id. */
            404: {
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
            /** @description A rule is broken (problem+json with `code`): a catalogue rule is broken. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
