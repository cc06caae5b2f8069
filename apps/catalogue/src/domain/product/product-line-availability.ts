/**
 * What a product command needs to know about the product line it puts the product in. The handler reads
 * it (inside the transaction that appends) so the decider stays pure.
 */
export type ProductLineAvailability = 'active' | 'archived' | 'unknown';
