import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory/index';
import {
  createQualityRepositories,
  issueCompletionCertificateInStore,
} from '../../src/quality/index';
import { DEFAULT_TIME_ZONE } from '../../src/shared/index';
import { at, qc, reportFor } from './fixtures';

const workshop = { dealerCode: 'SH4S01', timeZone: DEFAULT_TIME_ZONE };
const context = { actor: qc, at: at('2026-03-02T06:00:00Z') };

function request(order: string) {
  return {
    id: `cert_${order}`,
    repairOrderId: order,
    jobIds: ['job_1'],
    report: reportFor(['whole-vehicle-overhaul'], order),
    vehicleId: 'veh_1',
    odometerKm: 12000,
    workshop,
  };
}

describe('issueCompletionCertificateInStore (§4.1(4), X-6)', () => {
  it('§4.1(4) stores the certificate and the advanced counter together, with the event', async () => {
    const store = createMemoryStore();
    const certificate = (
      await issueCompletionCertificateInStore(store, request('ro_1'), context)
    )._unsafeUnwrap();
    expect(certificate).toMatchObject({ number: 'SH4S01-2026-000001', version: 1 });
    const repositories = createQualityRepositories(store);
    const counter = (
      await repositories.certificateCounters.findFor('SH4S01', 2026)
    )._unsafeUnwrap();
    expect(counter).toMatchObject({ version: 1, lastNumber: 'SH4S01-2026-000001' });
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events.map((e) => e.type)).toEqual(['quality.certificate-issued']);
    const second = (
      await issueCompletionCertificateInStore(store, request('ro_2'), context)
    )._unsafeUnwrap();
    expect(second.number).toBe('SH4S01-2026-000002');
  });

  it('§4.1(4) refuses a second certificate for the same order', async () => {
    const store = createMemoryStore();
    await issueCompletionCertificateInStore(store, request('ro_1'), context);
    const again = await issueCompletionCertificateInStore(
      store,
      { ...request('ro_1'), id: 'cert_other' },
      context,
    );
    expect(again._unsafeUnwrapErr()).toMatchObject({
      code: 'certificate_already_issued',
      data: { certificateNumber: 'SH4S01-2026-000001' },
    });
  });

  it('X-6 §4.1(4) concurrent issues never share a number: the stale one fails and nothing is written', async () => {
    const store = createMemoryStore();
    const results = await Promise.all(
      ['ro_1', 'ro_2', 'ro_3'].map((order) =>
        issueCompletionCertificateInStore(store, request(order), context),
      ),
    );
    const ok = results.filter((r) => r.isOk()).map((r) => r._unsafeUnwrap().number);
    const failed = results.filter((r) => r.isErr()).map((r) => r._unsafeUnwrapErr().code);
    expect(ok).toEqual(['SH4S01-2026-000001']);
    expect(failed).toEqual(['concurrency_conflict', 'concurrency_conflict']);
    const events = (await store.outbox.read({ limit: 10 }))._unsafeUnwrap();
    expect(events).toHaveLength(1);
  });

  it('X-6 §4.1(4) retrying after conflicts yields a gap-free sequence', async () => {
    const store = createMemoryStore();
    const orders = ['ro_1', 'ro_2', 'ro_3', 'ro_4', 'ro_5'];
    const issueWithRetry = async (order: string): Promise<string> => {
      for (;;) {
        const result = await issueCompletionCertificateInStore(store, request(order), context);
        if (result.isOk()) return result.value.number;
        expect(result.error.code).toBe('concurrency_conflict');
      }
    };
    const numbers = await Promise.all(orders.map(issueWithRetry));
    expect([...numbers].sort()).toEqual(orders.map((_, i) => `SH4S01-2026-00000${i + 1}`));
    const repositories = createQualityRepositories(store);
    for (const order of orders) {
      const stored = (await repositories.certificates.findByRepairOrder(order))._unsafeUnwrap();
      expect(stored?.repairOrderId).toBe(order);
    }
  });

  it('§4.1(4) a failed issue (no report) writes nothing and burns no number', async () => {
    const store = createMemoryStore();
    const failed = await issueCompletionCertificateInStore(
      store,
      { ...request('ro_1'), report: null },
      context,
    );
    expect(failed._unsafeUnwrapErr().code).toBe('inspection_report_missing');
    const next = (
      await issueCompletionCertificateInStore(store, request('ro_2'), context)
    )._unsafeUnwrap();
    expect(next.number).toBe('SH4S01-2026-000001');
  });

  it('§4.1(4) storage failures surface as storage_failed', async () => {
    const store = createMemoryStore({ failOn: (op) => op.kind === 'list' });
    const result = await issueCompletionCertificateInStore(store, request('ro_1'), context);
    expect(result._unsafeUnwrapErr().code).toBe('storage_failed');
  });
});
