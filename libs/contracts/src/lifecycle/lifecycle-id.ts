import { createHash } from 'node:crypto';

/**
 * Lifecycle ids are derived, not drawn: the same catalogue event always names the same lifecycle, so the
 * policy that starts lifecycles is idempotent (append with `no_stream`), and any service can find the
 * lifecycle of a product without asking. UUID version 5 (RFC 9562) over a fixed namespace.
 */
const LIFECYCLE_NAMESPACE = '4f1c6f0e-2b4a-5a7e-9c3d-8e1f2a3b4c5d';

export function lifecycleIdFor(productId: string, version?: string): string {
  const name = version === undefined ? `product:${productId}` : `version:${productId}:${version}`;
  return uuidV5(name, LIFECYCLE_NAMESPACE);
}

/** Event-store stream (and Kafka key) of a lifecycle. */
export function lifecycleStreamId(lifecycleId: string): string {
  return `lifecycle-${lifecycleId}`;
}

/** The organisation's single playbook stream (its events share the lifecycle topic). */
export const playbookStreamId = 'lifecycle-playbook';

export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
