#!/usr/bin/env -S npx tsx
// Generates docs/configuration.md: every default of every module's policy
// configuration (`default<Module>Config`), read from the code, with the
// clause or regulation it comes from. A default without a documented source
// stops the generator (and fails test/docs/configuration.test.ts).
// usage: npx tsx scripts/configuration.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAnalyticsConfig } from '../src/analytics/index';
import { defaultAppointmentConfig } from '../src/appointment/index';
import { defaultCrmConfig } from '../src/crm/index';
import { defaultEnvironmentConfig } from '../src/environment/index';
import { defaultImprovementConfig } from '../src/improvement/index';
import {
  CAPABILITIES,
  CAPABILITY_CLAUSES,
  defaultFieldVisibility,
  ROLES,
  rolesWithCapability,
} from '../src/org/index';
import { defaultPartsConfig } from '../src/parts/index';
import { defaultProcurementConfig } from '../src/parts/procurement/index';
import { defaultPartsSalesConfig } from '../src/parts/sales/index';
import { defaultPricingConfig } from '../src/pricing/index';
import { defaultQualityConfig } from '../src/quality/index';
import { defaultRepairOrderConfig } from '../src/repair-order/index';
import { defaultSafetyConfig } from '../src/safety/index';
import { defaultVatConfig } from '../src/shared/index';
import { defaultTrainingConfig } from '../src/training/index';
import { SECTIONS, type Section } from './configuration-sources';

const root = join(fileURLToPath(import.meta.url), '..', '..');
export const CONFIGURATION_PAGE = join(root, 'docs', 'configuration.md');

/** The live default of each section, keyed by the exported constant's name. */
export const DEFAULTS: Readonly<Record<string, unknown>> = {
  defaultVatConfig,
  defaultAppointmentConfig,
  defaultPricingConfig,
  defaultRepairOrderConfig,
  defaultQualityConfig,
  defaultPartsConfig,
  defaultCrmConfig,
  defaultProcurementConfig,
  defaultPartsSalesConfig,
  defaultTrainingConfig,
  defaultSafetyConfig,
  defaultEnvironmentConfig,
  defaultAnalyticsConfig,
  defaultImprovementConfig,
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMoney = (value: unknown): value is { amount: string; currency: string } =>
  isPlainObject(value) && typeof value.amount === 'string' && typeof value.currency === 'string';

/** Every row a config needs: a documented path, or a leaf reached by descending objects. */
export function rowPaths(value: unknown, documented: ReadonlySet<string>, prefix = ''): string[] {
  if (prefix !== '' && (documented.has(prefix) || !isPlainObject(value) || isMoney(value))) {
    return [prefix];
  }
  if (!isPlainObject(value)) return [prefix];
  return Object.keys(value).flatMap((key) =>
    rowPaths(value[key], documented, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), value);
}

/** A compact, exact rendering of a default for a table cell. */
export function formatValue(value: unknown): string {
  if (isMoney(value)) return `${value.amount} ${value.currency}`;
  if (Array.isArray(value) && value.every(isMoney)) {
    const amounts = value.map((money) => money.amount).join(' / ');
    return `${amounts} ${value[0]?.currency ?? ''}`;
  }
  return JSON.stringify(value).replaceAll('|', '\\|').replaceAll(',', ', ');
}

function renderSection(section: Section): string {
  const config = DEFAULTS[section.constant];
  const documented = new Set(Object.keys(section.sources));
  const rows = rowPaths(config, documented).map((path) => {
    const source = section.sources[path];
    if (source === undefined) {
      throw new Error(
        `${section.constant}.${path} has no documented source in scripts/configuration-sources*.ts`,
      );
    }
    const value = valueAt(config, path);
    const shown = source.format === undefined ? `\`${formatValue(value)}\`` : source.format(value);
    return `| \`${path}\` | ${shown} | ${source.clause} | ${source.note} |`;
  });
  const unused = [...documented].filter((path) => valueAt(config, path) === undefined);
  if (unused.length > 0)
    throw new Error(`${section.constant}: no such settings ${unused.join(', ')}`);
  return `## ${section.title}

\`${section.constant}\` in \`aftersales/${section.module}\`; override with \`${section.parse}(partial)\`, which fills the rest from these defaults.${section.intro === undefined ? '' : `\n\n${section.intro}`}

| setting | default | source | why |
|---|---|---|---|
${rows.join('\n')}
`;
}

function renderOrg(): string {
  const capabilities = CAPABILITIES.map(
    (capability) =>
      `| \`${capability}\` | ${CAPABILITY_CLAUSES[capability]} | ${rolesWithCapability(capability).join(', ')} |`,
  );
  const visibility = ROLES.map(
    (role) => `| ${role} | ${defaultFieldVisibility[role]?.join(', ') || '—'} |`,
  );
  return `## Roles and capabilities (org)

\`defaultCapabilityMap\` in \`aftersales/org\`: which roles hold each capability that the
library checks. Replace it with \`parseCapabilityMap\` or extend it with
\`extendCapabilityMap\`, and pass the map as \`capabilityMap\` where a function takes one.

| capability | source | roles (default) |
|---|---|---|
${capabilities.join('\n')}

## Customer fields each role sees (org, §11.3, §1.2(7))

\`defaultFieldVisibility\` in \`aftersales/org\`: the customer fields a role sees unmasked;
everything else is masked (\`maskPersonalData\`, crm's \`renderCustomerProfile\`). Replace it
with \`parseFieldVisibility\`.

| role | fields seen unmasked |
|---|---|
${visibility.join('\n')}
`;
}

export function renderConfigurationPage(): string {
  return `---
title: Configuration reference
---

# Configuration reference

Every policy of the library takes its configuration as an argument
(\`policy(input, config = defaultXConfig)\`); nothing is set globally. Each
module exports its defaults as a frozen constant and a parser that fills a
dealer's partial configuration from them, so a dealer states only what it
changes:

\`\`\`ts
import { parseCrmConfig } from 'aftersales/crm';

const crmConfig = parseCrmConfig({ followUp: { dueWithinDays: 2 } })._unsafeUnwrap();
// every other setting keeps its default below
\`\`\`

Each default below comes from the manual (\`§…\`), a regulation (\`REG-n\`) or,
where the manual names no figure, common 4S dealership practice (marked
*practice*, with the clause it serves). This page is generated from the code by
\`npx tsx scripts/configuration.ts\`; \`test/docs/configuration.test.ts\` fails
when it is out of date or when a new setting has no documented source.

${SECTIONS.map(renderSection).join('\n')}
${renderOrg()}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const page = renderConfigurationPage();
  if (process.argv.includes('--check')) {
    if (readFileSync(CONFIGURATION_PAGE, 'utf8') !== page) {
      console.error('docs/configuration.md is out of date: run npx tsx scripts/configuration.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(CONFIGURATION_PAGE, page);
    console.log('wrote docs/configuration.md');
  }
}
