/**
 * The HS256 secret used outside production when AUTH_JWT_SECRET is not set. It is public (it is in the
 * repository), so production config refuses to start without a real secret or a JWKS.
 * scripts/token.mjs reads this literal from this file: keep it a single-quoted string on one line.
 */
export const DEV_JWT_SECRET = 'product-ledger-dev-only-d9f92416f6a811c676cb49f5cbeaa97e6c77c1fc475f8c0f';
