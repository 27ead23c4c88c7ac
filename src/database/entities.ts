import { AuditEvent } from '../audit/audit-event.entity';
import { AuditVerification } from '../audit/audit-verification.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once, for the app and the migration CLI alike. */
export const ENTITIES = [User, AuditEvent, AuditVerification];
