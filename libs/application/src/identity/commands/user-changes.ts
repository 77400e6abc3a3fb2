import { UserRole } from '@candor/domain';

/** The fields a profile or admin update may change; omitted fields stay. */
export interface UserChanges {
  readonly fullName?: string;
  readonly role?: UserRole;
  readonly isSuperuser?: boolean;
  readonly isActive?: boolean;
}
