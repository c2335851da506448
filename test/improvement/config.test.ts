import { describe, expect, it } from 'vitest';
import {
  defaultImprovementConfig,
  ImprovementConfigSchema,
  parseImprovementConfig,
  parseImprovementTrigger,
  triggerKey,
} from '../../src/improvement/index';
import { kpiTrigger } from './fixtures';

describe('improvement configuration', () => {
  it('§12.1.1–§12.1.3 §12.2.1–§12.2.3 defaults: Shanghai, CNY, 30/60 due days, 5000 CNY award cap', () => {
    expect(defaultImprovementConfig).toEqual({
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      action: { dueDays: { corrective: 30, preventive: 60 } },
      proposal: { maxAward: { amount: '5000.00', currency: 'CNY' } },
    });
    expect(parseImprovementConfig(undefined)._unsafeUnwrap()).toEqual(defaultImprovementConfig);
    expect(ImprovementConfigSchema.parse({})).toEqual(defaultImprovementConfig);
    expect(Object.isFrozen(defaultImprovementConfig.action.dueDays)).toBe(true);
  });

  it('§12.1.1–§12.1.3 a partial configuration keeps the other defaults; bad values are refused', () => {
    const config = parseImprovementConfig({
      action: { dueDays: { corrective: 14 } },
    })._unsafeUnwrap();
    expect(config.action.dueDays).toEqual({ corrective: 14, preventive: 60 });
    expect(parseImprovementConfig({ action: { dueDays: { corrective: 0 } } }).isErr()).toBe(true);
    expect(parseImprovementConfig({ timeZone: 'Mars/Olympus' }).isErr()).toBe(true);
    expect(parseImprovementConfig({ extra: true }).isOk()).toBe(true);
    expect(parseImprovementConfig({ action: { extra: 1 } }).isErr()).toBe(true);
  });
});

describe('improvement triggers', () => {
  it('§11.2.4 §12.1.1–§12.1.3 a trigger parses at the boundary and has a stable duplicate key', () => {
    expect(parseImprovementTrigger(kpiTrigger)._unsafeUnwrap()).toEqual(kpiTrigger);
    expect(parseImprovementTrigger({ ...kpiTrigger, source: 'gossip' }).isErr()).toBe(true);
    expect(parseImprovementTrigger({ ...kpiTrigger, score: Number.NaN }).isErr()).toBe(true);
    expect(triggerKey(kpiTrigger)).toBe('kpi-miss|first-time-fix-rate:2026-02|kpi_below_target');
  });
});
