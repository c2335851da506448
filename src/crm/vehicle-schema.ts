import * as z from 'zod/mini';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  LicencePlateSchema,
  VinSchema,
} from '../shared/index';
import { CustomerSourceSchema } from './channels';
import { CustomerIdSchema, RepairOrderRefSchema, VehicleIdSchema } from './ids';
import { boundedText } from './text';

/**
 * Most odometer readings a vehicle keeps; older ones are dropped first
 * (one reading per visit is decades of history).
 *
 * @example
 * ```ts
 * vehicle.odometerReadings.length <= MAX_ODOMETER_READINGS; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const MAX_ODOMETER_READINGS = 500;
/** No road vehicle's odometer shows more; the bound keeps arithmetic exact. */
const MAX_ODOMETER_KM = 9_999_999;

const OdometerKmSchema = z.int().check(z.gte(0), z.lte(MAX_ODOMETER_KM));

/**
 * Schema of where an odometer reading came from: taken at `reception`,
 * recorded at `delivery` of a repair order, a `customer-report`, or an
 * `inspection`.
 *
 * @example
 * ```ts
 * OdometerSourceSchema.safeParse('delivery').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const OdometerSourceSchema = z.enum([
  'reception',
  'delivery',
  'customer-report',
  'inspection',
]);

/**
 * Schema of one odometer reading (里程记录): kilometres, when, from where,
 * and the repair order it belongs to, if any.
 *
 * @example
 * ```ts
 * OdometerReadingSchema.safeParse({
 *   km: 15200, at: '2026-03-01T02:00:00.000Z', source: 'reception', repairOrderId: null,
 * }).success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const OdometerReadingSchema = z.object({
  km: OdometerKmSchema,
  at: InstantSchema,
  source: OdometerSourceSchema,
  repairOrderId: z.nullable(RepairOrderRefSchema),
});

/**
 * One odometer reading.
 *
 * @example
 * ```ts
 * const latest: OdometerReading | undefined = vehicle.odometerReadings.at(-1);
 * ```
 * @category crm
 * @see §7.1.1
 */
export type OdometerReading = z.infer<typeof OdometerReadingSchema>;

/**
 * Schema of the next-service reminder a delivered repair order left on the
 * vehicle (下次保养提醒): due by date and/or odometer, from which order.
 *
 * @example
 * ```ts
 * NextServiceSchema.safeParse({
 *   dueDate: '2026-09-01', dueOdometerKm: 25000, repairOrderId: 'ro_1',
 *   recordedAt: '2026-03-01T08:00:00.000Z',
 * }).success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const NextServiceSchema = z.object({
  dueDate: z.nullable(CalendarDateSchema),
  dueOdometerKm: z.nullable(OdometerKmSchema),
  repairOrderId: RepairOrderRefSchema,
  recordedAt: InstantSchema,
});

/**
 * The next-service reminder stored on a vehicle.
 *
 * @example
 * ```ts
 * vehicle.nextService?.dueOdometerKm; // 25000
 * ```
 * @category crm
 * @see §7.1.3
 */
export type NextService = z.infer<typeof NextServiceSchema>;

const vehicleFields = {
  customerId: CustomerIdSchema,
  /** Licence plate; `null` for a new car not yet registered. Personal data. */
  licencePlate: z.nullable(LicencePlateSchema),
  brand: boundedText(50),
  model: boundedText(100),
  modelYear: z.nullable(z.int().check(z.gte(1900), z.lte(2200))),
  purchaseDate: z.nullable(CalendarDateSchema),
  registrationDate: z.nullable(CalendarDateSchema),
  insuranceExpiryDate: z.nullable(CalendarDateSchema),
  /** An explicit periodic-inspection (年检) due date; otherwise derived from registration. */
  inspectionDueDate: z.nullable(CalendarDateSchema),
};

/**
 * Schema of a vehicle (车辆档案, §7.1.1): owner, VIN, plate, brand and
 * model, purchase, registration, insurance-expiry and inspection dates,
 * odometer history, the next-service reminder and the record's source
 * channel. VIN and plate are personal data.
 *
 * @example
 * ```ts
 * parseWith(VehicleSchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.1.1
 * @see §7.1.3
 */
export const VehicleSchema = z.object({
  ...entityBaseShape,
  id: VehicleIdSchema,
  vin: VinSchema,
  ...vehicleFields,
  odometerReadings: z.array(OdometerReadingSchema).check(z.maxLength(MAX_ODOMETER_READINGS)),
  nextService: z.nullable(NextServiceSchema),
  sourceChannel: CustomerSourceSchema,
});

/**
 * A vehicle record.
 *
 * @example
 * ```ts
 * const vehicle: Vehicle = registerVehicle(input, context)._unsafeUnwrap().vehicle;
 * ```
 * @category crm
 * @see §7.1.1
 */
export type Vehicle = z.infer<typeof VehicleSchema>;

/**
 * Schema of the input that registers a vehicle: owner, VIN, brand, model
 * and source are required; an initial odometer reading may be given.
 *
 * @example
 * ```ts
 * VehicleInputSchema.safeParse({
 *   customerId: 'cus_1', vin: '1M8GDM9AXKP042788', brand: '大众', model: '帕萨特',
 *   sourceChannel: 'vehicle-sale', odometerKm: 12,
 * }).success; // true
 * ```
 * @category crm
 * @see §7.1.1
 * @see §2.2.2(3)
 */
export const VehicleInputSchema = z.strictObject({
  customerId: vehicleFields.customerId,
  vin: VinSchema,
  licencePlate: z.optional(vehicleFields.licencePlate),
  brand: vehicleFields.brand,
  model: vehicleFields.model,
  modelYear: z.optional(vehicleFields.modelYear),
  purchaseDate: z.optional(vehicleFields.purchaseDate),
  registrationDate: z.optional(vehicleFields.registrationDate),
  insuranceExpiryDate: z.optional(vehicleFields.insuranceExpiryDate),
  inspectionDueDate: z.optional(vehicleFields.inspectionDueDate),
  odometerKm: z.optional(OdometerKmSchema),
  sourceChannel: CustomerSourceSchema,
});

/**
 * Input that registers a vehicle (before parsing).
 *
 * @example
 * ```ts
 * const input: VehicleInput = { customerId: 'cus_1', vin: '1M8GDM9AXKP042788', brand: '大众', model: '帕萨特', sourceChannel: 'walk-in' };
 * ```
 * @category crm
 * @see §7.1.1
 */
export type VehicleInput = z.input<typeof VehicleInputSchema>;

/**
 * Schema of a change set for a vehicle: any of its descriptive fields,
 * including the owner (a change of ownership). The VIN identifies the
 * vehicle and cannot change; odometer readings go through
 * {@link recordOdometerReading}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * VehicleChangesSchema.safeParse({ licencePlate: '粤B12345' }).success; // true
 * VehicleChangesSchema.safeParse({ vin: '1M8GDM9AXKP042788' }).success; // false
 * ```
 * @category crm
 * @see §7.1.3
 */
export const VehicleChangesSchema = z.strictObject({
  customerId: z.optional(vehicleFields.customerId),
  licencePlate: z.optional(vehicleFields.licencePlate),
  brand: z.optional(vehicleFields.brand),
  model: z.optional(vehicleFields.model),
  modelYear: z.optional(vehicleFields.modelYear),
  purchaseDate: z.optional(vehicleFields.purchaseDate),
  registrationDate: z.optional(vehicleFields.registrationDate),
  insuranceExpiryDate: z.optional(vehicleFields.insuranceExpiryDate),
  inspectionDueDate: z.optional(vehicleFields.inspectionDueDate),
});

/**
 * A change set for a vehicle (before parsing).
 *
 * @example
 * ```ts
 * const changes: VehicleChanges = { insuranceExpiryDate: '2027-03-01' };
 * ```
 * @category crm
 * @see §7.1.3
 */
export type VehicleChanges = z.input<typeof VehicleChangesSchema>;
