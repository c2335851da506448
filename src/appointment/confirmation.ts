import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import type { QuoteCustomer, QuoteRequest, QuoteRequestLine } from '../pricing/index';
import type { CurrencyCode, Instant } from '../shared/index';
import { type ServiceUnknownError, serviceUnknown } from './errors';
import type { ConfirmedItem } from './schema';
import type { PartRequirement, ServiceDefinition } from './service-schema';
import type { Slot } from './slot-schema';

/**
 * The confirmed items of a slot, named and timed from the catalogue, in the
 * slot's order — the `items` of a {@link ConfirmCommand}.
 *
 * Errors: `service_unknown` (clause `§3.1(3)`).
 *
 * @example
 * ```ts
 * describeItems(slot.serviceCodes, capacity.services)._unsafeUnwrap()[0];
 * // { code: 'MAINT-10K', name: '10,000 km service', durationMinutes: 90 }
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export function describeItems(
  codes: readonly string[],
  catalogue: readonly ServiceDefinition[],
): Result<ConfirmedItem[], ServiceUnknownError> {
  const items: ConfirmedItem[] = [];
  for (const code of codes) {
    const service = catalogue.find((candidate) => candidate.code === code);
    if (service === undefined) return err(serviceUnknown(code, '§3.1(3)'));
    items.push({
      code: service.code,
      name: service.name,
      durationMinutes: service.durationMinutes,
    });
  }
  return ok(items);
}

/**
 * The parts the services need, one entry per part number (first-seen order),
 * quantities added exactly.
 *
 * @example
 * ```ts
 * partsForServices(jobServices); // [{ partNumber: 'OIL-0W20', quantity: '4.5' }, …]
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function partsForServices(services: readonly ServiceDefinition[]): PartRequirement[] {
  const totals = new Map<string, Decimal>();
  for (const service of services) {
    for (const part of service.parts ?? []) {
      const sum = totals.get(part.partNumber) ?? new Decimal(0);
      totals.set(part.partNumber, sum.plus(part.quantity));
    }
  }
  return [...totals].map(([partNumber, quantity]) => ({
    partNumber,
    quantity: quantity.toFixed(),
  }));
}

/**
 * The pricing facts of an estimate that the appointment does not know: the
 * quote's id, the currency, the vehicle's pricing class and, for discount
 * rules, the customer's facts and coupons.
 *
 * @example
 * ```ts
 * const pricing: EstimateInput = { quoteId: 'q_1', currency: 'CNY', vehicleClass: 'B' };
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export interface EstimateInput {
  readonly quoteId: string;
  readonly currency: CurrencyCode;
  readonly vehicleClass: string;
  readonly customer?: QuoteCustomer;
  readonly coupons?: QuoteRequest['coupons'];
}

/**
 * The `pricing.quote` request for a slot's estimate (预计费用): one labour line
 * per service (its code is the labour op code) and one part line per part the
 * catalogue lists for them, priced at `at`.
 *
 * Errors: `service_unknown` (clause `§3.1(3)`).
 *
 * @example
 * ```ts
 * import { quote } from 'aftersales/pricing';
 * const request = buildEstimateRequest(slot, capacity.services, at, { quoteId: 'q_1', currency: 'CNY', vehicleClass: 'B' });
 * const estimate = request.andThen((r) => quote(r, { priceLists }));
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export function buildEstimateRequest(
  slot: Pick<Slot, 'serviceCodes'>,
  catalogue: readonly ServiceDefinition[],
  at: Instant,
  input: EstimateInput,
): Result<QuoteRequest, ServiceUnknownError> {
  const services: ServiceDefinition[] = [];
  for (const code of slot.serviceCodes) {
    const service = catalogue.find((candidate) => candidate.code === code);
    if (service === undefined) return err(serviceUnknown(code, '§3.1(3)'));
    services.push(service);
  }
  const lines: QuoteRequestLine[] = [
    ...services.map((service) => ({
      kind: 'labour' as const,
      opCode: service.code,
      quantity: '1',
    })),
    ...partsForServices(services).map((part) => ({
      kind: 'part' as const,
      partNumber: part.partNumber,
      quantity: part.quantity,
    })),
  ];
  return ok({
    id: input.quoteId as QuoteRequest['id'],
    at,
    currency: input.currency,
    vehicleClass: input.vehicleClass,
    lines,
    ...(input.customer === undefined ? {} : { customer: input.customer }),
    ...(input.coupons === undefined ? {} : { coupons: input.coupons }),
  });
}
