/**
 * First keys of the PostgreSQL advisory locks the adapter takes (the second
 * key is `hashtext(schema)`), so stores in different schemas never wait on
 * each other and a host's own advisory locks are unlikely to collide.
 */
export const MIGRATION_LOCK = 1_095_257_601;

/** Serialises event appends per schema until commit; see `appendEvents`. */
export const OUTBOX_LOCK = 1_095_257_602;
