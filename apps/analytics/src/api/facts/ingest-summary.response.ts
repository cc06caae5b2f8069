import { ApiProperty } from '@nestjs/swagger';
import { metricNames } from '@product-ledger/contracts';

export class RejectedFactResponse {
  @ApiProperty({
    description: '1-based line of the input where the row starts (CSV: the header is line 1).',
    example: 7,
  })
  line!: number;

  @ApiProperty({
    description: '0-based position among the rows (CSV data rows, JSON array elements).',
    example: 5,
  })
  index!: number;

  @ApiProperty({
    description: 'Every broken field, with why.',
    example: 'unit: revenue is reported in an ISO 4217 currency code such as EUR',
  })
  reason!: string;
}

export class IngestSummaryResponse {
  @ApiProperty({ description: 'Rows read from the input.', example: 1000 })
  received!: number;

  @ApiProperty({ description: 'New facts stored.', example: 990 })
  accepted!: number;

  @ApiProperty({ description: 'Facts already known with the same content: nothing changed.', example: 4 })
  duplicates!: number;

  @ApiProperty({
    description: 'Known facts with a new content: the new one supersedes the old one (both are kept).',
    example: 5,
  })
  corrections!: number;

  @ApiProperty({
    type: [RejectedFactResponse],
    description: 'Rows not ingested; nothing of them was written.',
  })
  rejected!: RejectedFactResponse[];

  @ApiProperty({
    description:
      'Transactions the valid rows were applied in, one per chunk of up to 10,000 rows (0 when none was valid).',
    example: 1,
  })
  chunks!: number;
}

/** The shape of one fact in a JSON array (documentation of the request body). */
export class FactBody {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({
    required: false,
    description: 'Semantic version; omit for the product as a whole.',
    example: '1.4.0',
  })
  version?: string;

  @ApiProperty({ enum: metricNames })
  metric!: string;

  @ApiProperty({ description: 'A day or a calendar month.', example: '2026-03' })
  period!: string;

  @ApiProperty({ example: 125000.5 })
  value!: number;

  @ApiProperty({
    description:
      "revenue: ISO 4217 currency; gross_margin: currency or 'percent'; units_sold: 'units'; active_customers and " +
      "churned_customers: 'customers'; support_tickets: 'tickets'; nps: 'score' (-100..100).",
    example: 'EUR',
  })
  unit!: string;

  @ApiProperty({ description: 'The reporting system.', example: 'billing' })
  source!: string;

  @ApiProperty({
    description: "The fact's id in that system; with source, its identity.",
    example: 'inv-2026-03-0042',
  })
  externalId!: string;
}
