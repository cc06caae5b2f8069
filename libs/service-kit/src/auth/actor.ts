import { Role } from './roles';

/** Who sent a request: the token's subject and its known roles. */
export interface Actor {
  subject: string;
  roles: Role[];
}
