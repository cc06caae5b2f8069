import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@product-ledger/domain';
import { ProductAccess } from '@product-ledger/product-access';
import { RequestReader } from '../queries/request-reader';

/** The ownership rule as it applies to requests (see `assertMayTriage`). */
@Injectable()
export class RequestAccess {
  constructor(
    private readonly reader: RequestReader,
    private readonly access: ProductAccess,
  ) {}

  /**
   * The ownership rule for a request: a product manager triages (links, merges, scores, decides) the
   * requests of products they steward; a request not linked to a product yet is any product manager's to
   * triage. 404 for an unknown request (unless `unknownIsFine`: the command itself answers then).
   */
  async assertMayTriage(
    requestId: string,
    options: { alsoProduct?: string; openTo?: readonly string[]; unknownIsFine?: boolean } = {},
  ): Promise<void> {
    const loaded = await this.reader.request(requestId).catch((error: unknown) => {
      if (options.unknownIsFine && error instanceof NotFoundError) return undefined;
      throw error;
    });
    const products = new Set(
      [loaded?.state.productId, options.alsoProduct].filter((id): id is string => !!id),
    );
    for (const productId of products)
      await this.access.assertMayChange(productId, { openTo: options.openTo });
  }
}
