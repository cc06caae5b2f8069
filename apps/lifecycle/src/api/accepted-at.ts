/** Commands are stamped with the time the service accepted them. */
export const now = (): string => new Date().toISOString();
