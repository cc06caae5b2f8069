/** What the orchestrator and a service process say to each other over IPC. */
export interface ServiceRequest {
  readonly service: 'analytics' | 'catalogue';
  /** The service's environment (parsed with its own config schema). */
  readonly env: Record<string, string>;
}

export type ServiceReply =
  | { readonly kind: 'listening'; readonly port: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly error: string };
