/**
 * Before opening: the service manager's published price list, the discount
 * rules, the workshop, two customers with their cars, the satisfaction
 * survey and the parts warehouse with eight weeks of history — all saved in
 * the store the way a host would keep them.
 */

import type { WorkshopCapacity } from '../../src/appointment/index';
import type { Customer, Survey, Vehicle } from '../../src/crm/index';
import type { TeamMembership } from '../../src/org/index';
import type { Catalogue, Part, StockLedger } from '../../src/parts/index';
import type { DiscountRule, PriceListVersion } from '../../src/pricing/index';
import type { Equipment, WorkshopProfile } from '../../src/quality/index';
import { historyLines, movementFields, partRecords } from './catalogue';
import { must, type Scenario } from './context';
import {
  discountRules,
  priceListDraft,
  teams,
  treadGauge,
  workshopCapacity,
  workshopProfile,
} from './dealer';

export interface Dealer {
  readonly priceList: PriceListVersion;
  readonly rules: readonly DiscountRule[];
  readonly capacity: WorkshopCapacity;
  readonly workshop: WorkshopProfile;
  readonly teams: readonly TeamMembership[];
  readonly equipment: readonly Equipment[];
}

export interface CustomerFile {
  readonly customer: Customer;
  readonly vehicle: Vehicle;
  /** Name and phone as the workshop's roles see them (§1.2(7)); the log prints nothing else. */
  readonly masked: { readonly name: string; readonly mobilePhone: string };
}

export interface Warehouse {
  readonly parts: readonly Part[];
  readonly catalogue: Catalogue;
  readonly ledger: StockLedger;
}

export interface Setup {
  readonly dealer: Dealer;
  readonly zhang: CustomerFile;
  readonly li: CustomerFile;
  readonly survey: Survey;
  readonly warehouse: Warehouse;
}

async function setUpDealer(s: Scenario): Promise<Dealer> {
  const { pricing, appointment, quality } = s.lib;
  const draft = must(pricing.parsePriceListVersion(priceListDraft), 'price list');
  const published = must(
    pricing.publishPriceList(draft, {
      actor: s.staff.manager,
      at: s.at('fri', '08:00'),
      channels: ['website', 'in-store'],
      otherVersions: [],
    }),
    'publish price list',
  );
  const stored = await s.store
    .repository<PriceListVersion>('pricing-price-list-version')
    .save(published.version, { expectedVersion: 0, events: published.events });
  return {
    priceList: must(stored, 'save price list'),
    rules: discountRules.map((rule) => must(pricing.parseDiscountRule(rule), rule.id)),
    capacity: must(appointment.parseWorkshopCapacity(workshopCapacity), 'capacity'),
    workshop: must(quality.parseWorkshopProfile(workshopProfile), 'workshop'),
    teams: teams.map((team) =>
      must(s.lib.shared.parseWith(quality.TeamMembershipSchema, team), 'team'),
    ),
    equipment: [must(quality.parseEquipment(treadGauge), 'gauge')],
  };
}

async function registerCustomer(
  s: Scenario,
  key: string,
  input: { name: string; phone: string; vin: string; plate: string; model: string; km: number },
): Promise<CustomerFile> {
  const { crm } = s.lib;
  const repos = crm.createCrmRepositories(s.store);
  const at = s.at('fri', '08:00');
  const created = must(
    s.lib.shared
      .parseWith(crm.CustomerInputSchema, {
        kind: 'person',
        name: input.name,
        mobilePhone: input.phone,
        sourceChannel: 'walk-in',
        consents: [{ purpose: 'service-contact', granted: true, channel: 'walk-in' }],
      })
      .andThen((parsed) =>
        crm.createCustomer(parsed, { id: `cus_${key}`, at, actor: s.staff.advisor }),
      ),
    'customer',
  );
  const registered = must(
    s.lib.shared
      .parseWith(crm.VehicleInputSchema, {
        customerId: created.customer.id,
        vin: input.vin,
        licencePlate: input.plate,
        brand: '大众 Volkswagen',
        model: input.model,
        sourceChannel: 'walk-in',
        odometerKm: input.km,
      })
      .andThen((parsed) =>
        crm.registerVehicle(parsed, { id: `veh_${key}`, at, actor: s.staff.advisor }),
      ),
    'vehicle',
  );
  const customer = must(
    await repos.customers.save(created.customer, { expectedVersion: 0, events: created.events }),
    'save customer',
  );
  const vehicle = must(
    await repos.vehicles.save(registered.vehicle, {
      expectedVersion: 0,
      events: registered.events,
    }),
    'save vehicle',
  );
  const view = crm.renderCustomerProfile(s.staff.technician, { customer, vehicles: [vehicle], at });
  return {
    customer,
    vehicle,
    masked: { name: view.name ?? '*', mobilePhone: view.mobilePhone ?? '*' },
  };
}

async function publishSurvey(s: Scenario): Promise<Survey> {
  const { crm } = s.lib;
  const at = s.at('fri', '08:00');
  const question = (id: string, text: string, dimension: string) =>
    ({ id, text, type: 'scale', dimension, required: true }) as const;
  const draft = must(
    s.lib.shared
      .parseWith(crm.SurveyDefinitionSchema, {
        title: '售后服务满意度调查 After-sales satisfaction survey',
        channels: ['online', 'phone'],
        questions: [
          question('q1', '维修质量 Repair quality', 'product-quality'),
          question('q2', '服务态度 Service', 'service-level'),
          question('q3', '价格合理 Fair price', 'price-reasonableness'),
          question('q4', '品牌印象 Brand image', 'brand-image'),
          {
            id: 'nps',
            text: '推荐意愿 Would you recommend us?',
            type: 'nps',
            dimension: null,
            required: false,
          },
        ],
      })
      .andThen((definition) => crm.defineSurvey(definition, { id: 'svy_2026_service', at })),
    'survey',
  ).survey;
  const published = must(crm.publishSurvey(draft, { at, actor: s.staff.csSupervisor }), 'publish');
  return must(
    await crm
      .createCrmRepositories(s.store)
      .surveys.save(published.survey, { expectedVersion: 0, events: published.events }),
    'save survey',
  );
}

async function stockWarehouse(s: Scenario): Promise<Warehouse> {
  const { parts } = s.lib;
  const records = partRecords.map((raw) => must(parts.parsePart(raw), raw.id));
  const catalogue = must(parts.buildCatalogue(records), 'catalogue');
  const inputs = historyLines().map((line) =>
    must(
      s.lib.shared.parseWith(parts.MovementInputSchema, {
        ...movementFields(line.partId),
        type: line.type,
        idempotencyKey: line.key,
        quantity: line.quantity,
        reference: {
          kind: line.type === 'receipt' ? 'goods-receipt' : 'repair-order',
          id: line.referenceId,
        },
        at: s.at(line.date, '10:00'),
        actor: s.staff.partsClerk,
      }),
      line.key,
    ),
  );
  const posted = must(parts.postMovements(parts.emptyLedger(), inputs, { catalogue }), 'history');
  must(
    await s.store.unitOfWork.commit([
      ...records.map((part) => ({
        collection: parts.PARTS_COLLECTIONS.parts,
        entity: part,
        expectedVersion: 0,
      })),
      ...posted.posted.map((movement) => ({
        collection: parts.PARTS_COLLECTIONS.movements,
        entity: movement,
        expectedVersion: 0,
      })),
    ]),
    'save history',
  );
  return { parts: records, catalogue, ledger: posted.ledger };
}

export async function setUp(s: Scenario): Promise<Setup> {
  s.log.section('开门前', 'Before opening');
  const dealer = await setUpDealer(s);
  s.log.say(
    `服务经理发布价目表 ${dealer.priceList.id}（${dealer.priceList.items.length} 项，含工时定额与收费构成，§5.2(1)），折扣规则 ${dealer.rules.length} 条`,
    `The service manager published price list ${dealer.priceList.id} (${dealer.priceList.items.length} items with labour quotas and fee components, §5.2(1)) and ${dealer.rules.length} discount rules`,
  );
  const zhang = await registerCustomer(s, 'zhang', {
    name: '张伟',
    phone: '13812345678',
    vin: 'LSVAM4187C2184847',
    plate: '沪A12345',
    model: '帕萨特 Passat',
    km: 15230,
  });
  const li = await registerCustomer(s, 'li', {
    name: '李娜',
    phone: '13987654321',
    vin: 'LFV3A23C6K3041562',
    plate: '沪B6K821',
    model: '朗逸 Lavida',
    km: 31870,
  });
  const survey = await publishSurvey(s);
  const warehouse = await stockWarehouse(s);
  s.log.say(
    `客户档案 2 份、满意度问卷已发布；配件 ${warehouse.parts.length} 种，近 8 周出入库 ${warehouse.ledger.movements.length} 笔`,
    `2 customer files, the satisfaction survey published; ${warehouse.parts.length} parts with ${warehouse.ledger.movements.length} stock movements over the last 8 weeks`,
  );
  return { dealer, zhang, li, survey, warehouse };
}
