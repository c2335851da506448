/**
 * The shared kernel: money, VAT, identifiers and validators, errors and
 * their messages, PII masking, time, events and repository ports.
 *
 * @packageDocumentation
 * @module shared
 */
export type {
  ConcurrencyConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  StorageError,
  ValidationError,
  ValidationIssue,
} from './errors';
export {
  concurrencyConflict,
  domainError,
  forbidden,
  isDomainError,
  notFound,
  storageFailed,
  validationError,
} from './errors';
export type { AnyMessageCatalog, Locale, MessageCatalog, MessageTemplate } from './i18n';
export { createErrorFormatter, formatError, LOCALES } from './i18n';
export type { Brand, Id, IdGenerator } from './ids';
export { idSchema, MAX_ID_LENGTH, randomIds, sequentialIds } from './ids';
export type { ParseSchema } from './validation';
export { issuesFromZod, parseWith } from './validation';
