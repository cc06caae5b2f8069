/** The roles a token may carry, as the services know them. */
export const roles = [
  'admin',
  'product_manager',
  'gatekeeper',
  'contributor',
  'sales',
  'analyst',
  'integration',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export interface Session {
  token: string;
  subject: string;
  roles: Role[];
  expiresAt: string;
}

const KEY = 'product-ledger.session';
type Listener = (session: Session | undefined) => void;
const listeners = new Set<Listener>();

/** The signed-in person, kept for the browser tab (sessionStorage): closing the tab signs out. */
export function currentSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) <= Date.now()) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What each action needs, as the services' @Roles say; the UI disables what the roles may not do. */
export const may = {
  editCatalogue: (session: Session | undefined) => hasAny(session, ['admin', 'product_manager']),
};

function hasAny(session: Session | undefined, wanted: Role[]): boolean {
  return Boolean(session?.roles.some((role) => wanted.includes(role)));
}

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  product_manager: 'Product manager',
  gatekeeper: 'Gatekeeper',
  contributor: 'Contributor',
  sales: 'Sales',
  analyst: 'Analyst',
  integration: 'Integration',
  viewer: 'Viewer',
};
