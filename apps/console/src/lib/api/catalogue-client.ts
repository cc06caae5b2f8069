import type { components, paths } from './generated/catalogue';
import { expectOk, expectOkWithRevision, idempotencyKey, serviceClient } from './http';

type Schemas = components['schemas'];
export type ProductView = Schemas['ProductView'];
export type ProductLine = Schemas['ProductLineListItem'];
export type HistoryEntry = Schemas['HistoryEntryView'];
export type RegisterProductBody = Schemas['RegisterProductBody'];
export type CreateProductLineBody = Schemas['CreateProductLineBody'];
export type ReviseProductBody = Schemas['ReviseProductBody'];
export type PlanVersionBody = Schemas['PlanVersionBody'];
export type StakeholderRole = Schemas['StakeholderView']['role'];
export type ProductKind = RegisterProductBody['kind'];
export type ProductMarket = RegisterProductBody['market'];

/** The catalogue: product lines, products, their versions, stakeholders and history. */
export class CatalogueClient {
  private readonly http = serviceClient<paths>('catalogue');

  productLines(status: 'active' | 'archived' | undefined = 'active') {
    return expectOk(this.http.GET('/product-lines', { params: { query: { status, limit: 200 } } }));
  }

  createProductLine(body: CreateProductLineBody) {
    return expectOk(
      this.http.POST('/product-lines', { body, params: { header: { 'Idempotency-Key': idempotencyKey() } } }),
    );
  }

  searchProducts(q: string, limit = 10) {
    return expectOk(this.http.GET('/products', { params: { query: { q, limit } } }));
  }

  product(id: string) {
    return expectOkWithRevision(this.http.GET('/products/{id}', { params: { path: { id } } }));
  }

  registerProduct(body: RegisterProductBody) {
    return expectOk(
      this.http.POST('/products', { body, params: { header: { 'Idempotency-Key': idempotencyKey() } } }),
    );
  }

  reviseProduct(id: string, revision: number, body: ReviseProductBody) {
    return expectOk(
      this.http.PATCH('/products/{id}', { body, params: { path: { id }, header: ifMatch(revision) } }),
    );
  }

  assignOwner(id: string, revision: number, ownerId: string) {
    return expectOk(
      this.http.PUT('/products/{id}/owner', {
        body: { ownerId },
        params: { path: { id }, header: ifMatch(revision) },
      }),
    );
  }

  addStakeholder(id: string, revision: number, personId: string, role: StakeholderRole) {
    return expectOk(
      this.http.POST('/products/{id}/stakeholders', {
        body: { personId, role },
        params: { path: { id }, header: ifMatch(revision) },
      }),
    );
  }

  removeStakeholder(id: string, revision: number, personId: string, role: StakeholderRole) {
    return expectOk(
      this.http.DELETE('/products/{id}/stakeholders/{personId}/{role}', {
        params: { path: { id, personId, role }, header: ifMatch(revision) },
      }),
    );
  }

  planVersion(id: string, revision: number, body: PlanVersionBody) {
    return expectOk(
      this.http.POST('/products/{id}/versions', {
        body,
        params: { path: { id }, header: ifMatch(revision) },
      }),
    );
  }

  releaseVersion(id: string, revision: number, version: string) {
    return expectOk(
      this.http.POST('/products/{id}/versions/{version}/release', {
        body: {},
        params: { path: { id, version }, header: ifMatch(revision) },
      }),
    );
  }

  history(id: string, cursor?: string) {
    return expectOk(
      this.http.GET('/products/{id}/history', { params: { path: { id }, query: { cursor, limit: 100 } } }),
    );
  }
}

// The generated header types say what each operation accepts; If-Match is typed loosely on some of them.
function ifMatch(revision: number): never {
  return { 'If-Match': `"${revision}"` } as never;
}
