/**
 * The after-sales organisation: roles, departments and teams (§2.1),
 * capabilities with the manual's role → capability map and the pure `can()`
 * check (§2.2), which customer fields each role sees unmasked, and audit
 * entries for overrides and personal-data access (§11.3).
 *
 * @packageDocumentation
 * @module org
 */
export type { Actor } from './actor';
export { ActorSchema, actorFromEmployee, parseActor } from './actor';
export type { AuditAction, AuditEntry, AuditEntryId, AuditEntryInput } from './audit';
export {
  AUDIT_ACTIONS,
  AuditActionSchema,
  AuditEntryIdSchema,
  AuditEntrySchema,
  createAuditEntry,
} from './audit';
export type { AuthorizeOptions, RoleHolder } from './can';
export { authorize, can, capabilitiesOf, rolesWithCapability } from './can';
export type { Capability, CapabilityMap } from './capabilities';
export { CAPABILITIES, CAPABILITY_CLAUSES, CapabilitySchema } from './capabilities';
export type { CapabilityMapChanges } from './capability-map';
export { extendCapabilityMap, parseCapabilityMap } from './capability-map';
export { defaultCapabilityMap } from './default-capability-map';
export type { OrgError } from './errors';
export type { DepartmentKind, TeamKind } from './kinds';
export { DEPARTMENT_KINDS, DepartmentKindSchema, TEAM_KINDS, TeamKindSchema } from './kinds';
export { departmentLabel, roleLabel, teamKindLabel } from './labels';
export { maskPersonalData } from './mask-personal-data';
export type { CustomerField, FieldVisibility } from './pii-visibility';
export {
  CUSTOMER_FIELDS,
  CustomerFieldSchema,
  defaultFieldVisibility,
  isFieldVisible,
  maskedCustomerFields,
  parseFieldVisibility,
  visibleCustomerFields,
} from './pii-visibility';
export type { Role } from './roles';
export { ROLES, RoleSchema } from './roles';
export type { Department, DepartmentId, Employee, EmployeeId, Team, TeamId } from './schema';
export {
  DepartmentIdSchema,
  DepartmentSchema,
  EmployeeIdSchema,
  EmployeeSchema,
  parseDepartment,
  parseEmployee,
  parseTeam,
  TeamIdSchema,
  TeamSchema,
} from './schema';
export type { TeamMembership } from './team';
export { isTeamLeaderOf, isTeamMember, leadsTeamOf, teamOf, teamsOf } from './team';
