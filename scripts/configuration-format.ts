// The shape of a configuration source and the helpers that render structured
// defaults, shared by scripts/configuration-sources*.ts.

export interface Source {
  /** The manual clause or regulation; `practice` when the manual names no figure. */
  readonly clause: string;
  /** Why this value, in one sentence. */
  readonly note: string;
  /** A readable rendering of a structured default (computed from the live value). */
  readonly format?: (value: unknown) => string;
}

export interface Section {
  readonly title: string;
  readonly module: string;
  readonly constant: string;
  readonly parse: string;
  readonly intro?: string;
  readonly sources: Readonly<Record<string, Source>>;
}

export type Row = Record<string, unknown>;
export const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : []);
export const entries = (value: unknown) => Object.entries((value ?? {}) as Record<string, Row>);
export const km = (n: unknown) => Number(n).toLocaleString('en');

export const zone = (clause: string, why: string): Source => ({
  clause,
  note: `The dealer's time zone: ${why}.`,
});

export const reminder = (why: string): Source => ({
  clause: '§7.1.3',
  note: why,
  format: (value) => {
    const rule = (value ?? {}) as Row;
    return `${rule.enabled ? 'on' : 'off'}, ${String(rule.contact)} contact, ${String(rule.leadDays)} days ahead`;
  },
});
