import { describe, expect, it } from 'vitest';
import {
  type EnvironmentError,
  environmentMessages,
  handlerLicenceInvalid,
  handlerNotLicensed,
  hazardousClassRequired,
  invalidTransition,
  meterReadingDecreased,
  meterReadingMismatch,
  meterReadingTimeInvalid,
  meterResetInvalid,
  transferManifestRequired,
} from '../../src/environment/index';
import { domainError, formatError, LOCALES } from '../../src/shared/index';

const samples: EnvironmentError[] = [
  invalidTransition('wl_1', 'generated', 'transfer'),
  hazardousClassRequired('wl_1', 'oil-filter'),
  transferManifestRequired('wl_1', 'HW08'),
  handlerLicenceInvalid('wh_1', 'expired', '2026-12-31', '2027-01-05'),
  handlerLicenceInvalid('wh_1', 'not_yet_valid', '2026-06-01', '2026-05-20'),
  handlerNotLicensed('wh_1', 'wl_1', 'HW31'),
  meterReadingDecreased('mtr_1', '1200', '1150'),
  meterReadingTimeInvalid('mtr_1', 'not_after_previous'),
  meterReadingTimeInvalid('mtr_1', 'after_recording'),
  meterResetInvalid('mtr_1', 'no_previous'),
  meterResetInvalid('mtr_1', 'value_not_below_limit'),
  meterReadingMismatch('mtr_1', 'rdg_9'),
];

describe('environmentMessages', () => {
  it('§10.2(1) §10.3(5) every code has a zh-CN and an en message', () => {
    const codes = new Set(samples.map((e) => e.code));
    expect([...codes].sort()).toEqual(Object.keys(environmentMessages).sort());
    for (const error of samples) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, environmentMessages);
        expect(text).not.toMatch(/undefined|Operation failed|操作失败/);
        if (error.clause) expect(text).toContain(error.clause);
      }
    }
  });

  it('REG-6 renders the manifest rule in simplified Chinese', () => {
    expect(
      formatError(transferManifestRequired('wl_1', 'HW08'), 'zh-CN', environmentMessages),
    ).toBe('危险废物批次 wl_1（HW08）转移须填写转移联单编号（REG-6）');
    expect(formatError(samples[7] as EnvironmentError, 'en', environmentMessages)).toContain(
      'not later than the previous one',
    );
  });

  it('§10.3(5) another module’s invalid_transition with other data still renders', () => {
    const foreign = domainError('invalid_transition', { from: 'open', to: 'closed' });
    expect(formatError(foreign, 'en', environmentMessages)).toContain('not allowed');
  });
});
