// Types of scripts/traceability.mjs for the tests that import it.

/** Requirement ID → `module.symbol` → how many declarations cite it. */
export function citationsInCode(): Map<string, Map<string, number>>;
/** Requirement ID → test file → how many test names contain it. */
export function citationsInTests(): Map<string, Map<string, number>>;
/** Module → the names its index.ts exports. */
export function publicSymbols(): Map<string, Set<string>>;
/** The whole docs/traceability.md. */
export function renderPage(): string;
