import { z } from 'zod';

/**
 * The shared vocabulary of catalogue events. Consumers (lifecycle, requests, analytics) read these same
 * schemas, so a value added here is a contract change: extend enums only, never narrow them.
 */
export const productKinds = ['software', 'physical', 'service'] as const;
export const productMarkets = ['b2b', 'b2c', 'internal'] as const;

/** The stage a product that already exists enters the lifecycle at (lifecycle's stages before withdrawal). */
export const initialStages = [
  'innovation',
  'analysis',
  'development',
  'go_to_market',
  'in_life',
  'end_of_life',
] as const;

export const stakeholderRoles = [
  // A product manager who works on the product with its owner: may change it (the ownership rule).
  'product_management',
  'development',
  'marketing',
  'sales',
  'support',
  'finance',
  'senior_management',
  'operations',
  'legal',
  'other',
] as const;

/** Semantic Versioning 2.0.0, the regular expression semver.org recommends. */
export const semverPattern =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Product codes are short upper-case identifiers (`CRM`, `ERP-CLOUD`, `X1.PRO`), unique in the catalogue. */
export const productCodePattern = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

export const productIdSchema = z.uuid();
export const productLineIdSchema = z.uuid();
/** A person known to the company's directory; the catalogue stores the reference, not the person. */
export const personIdSchema = z.string().min(1).max(200);
export const productKindSchema = z.enum(productKinds);
export const productMarketSchema = z.enum(productMarkets);
export const initialStageSchema = z.enum(initialStages);
export const stakeholderRoleSchema = z.enum(stakeholderRoles);
export const semverSchema = z.string().max(128).regex(semverPattern, 'a semantic version such as 1.4.0');
export const productCodeSchema = z.string().regex(productCodePattern, 'upper-case letters, digits, . _ -');

export type ProductKind = z.infer<typeof productKindSchema>;
export type ProductMarket = z.infer<typeof productMarketSchema>;
export type InitialStage = z.infer<typeof initialStageSchema>;
export type StakeholderRole = z.infer<typeof stakeholderRoleSchema>;
