/**
 * §3.5(5), §2.2.5, §7.2, §7.3: the host's outbox dispatcher reacts to
 * `repair-order.delivered` with a follow-up call and a survey invitation for
 * each delivery; the next morning customer service calls both customers —
 * one is satisfied and answers the survey, the other reports a problem that
 * becomes a complaint, handled and closed within its deadlines.
 */
import type { Complaint, CrmEvent, DeliveredRepairOrder, FollowUpTask } from '../../src/crm/index';
import { must, type Scenario, wallTime } from './context';
import type { Setup } from './step-setup';

export interface Aftercare {
  readonly tasks: readonly FollowUpTask[];
  readonly complaint: Complaint;
  readonly surveyIndex: number | null;
  readonly dispatched: number;
}

/** Reads the pending events, reacts to deliveries and marks the batch dispatched (X-5). */
async function dispatchDeliveries(s: Scenario, setup: Setup) {
  const { crm } = s.lib;
  const repos = crm.createCrmRepositories(s.store);
  const pending = must(await s.store.outbox.pending(1000), 'outbox');
  const deliveries = pending.filter((event) => event.type === 'repair-order.delivered');
  const tasks: FollowUpTask[] = [];
  for (const event of deliveries) {
    const payload = must(crm.parseDeliveredRepairOrder(event.payload), 'delivered payload');
    const followUp = must(
      crm.followUpFromDelivery(payload, {
        id: `fu_${payload.repairOrderId}`,
        assigneeId: s.staff.csAgent.id,
      }),
      'follow-up',
    );
    const invited = must(
      crm.surveyInvitationFromDelivery(payload, {
        id: `inv_${payload.repairOrderId}`,
        survey: setup.survey,
        channel: 'online',
      }),
      'survey invitation',
    );
    const vehicle = must(await repos.vehicles.get(payload.vehicleId), 'vehicle');
    const updated = must(
      crm.applyDeliveryToVehicle(vehicle, payload as DeliveredRepairOrder),
      'odometer',
    );
    const stored = must(
      await s.store.unitOfWork.commit([
        {
          collection: crm.CRM_COLLECTIONS.followUps,
          entity: followUp.task,
          expectedVersion: 0,
          events: followUp.events,
        },
        {
          collection: crm.CRM_COLLECTIONS.surveyInvitations,
          entity: invited.invitation,
          expectedVersion: 0,
          events: invited.events,
        },
        {
          collection: crm.CRM_COLLECTIONS.vehicles,
          entity: updated.vehicle,
          expectedVersion: vehicle.version,
          events: updated.events,
        },
      ]),
      'save reactions',
    );
    tasks.push(stored[0] as FollowUpTask);
  }
  must(
    await s.store.outbox.markDispatched(
      pending.map((event) => event.sequence),
      s.at('mon', '17:00'),
    ),
    'mark dispatched',
  );
  s.log.say(
    `17:00 发件箱处理 ${pending.length} 个领域事件，其中交车 ${deliveries.length} 次 → 回访任务 ${tasks.length} 个（${tasks.map((t) => `${t.id} 须在 ${lastDay(s, t)} 当天内完成`).join('，')}）和满意度问卷邀请 ${deliveries.length} 份`,
    `17:00 the outbox dispatcher handles ${pending.length} domain events, ${deliveries.length} of them deliveries → ${tasks.length} follow-up calls (${tasks.map((t) => `${t.id} due by the end of ${lastDay(s, t)}`).join(', ')}) and ${deliveries.length} survey invitations`,
  );
  return tasks;
}

/** The last dealer day of a task due at midnight. */
function lastDay(s: Scenario, task: FollowUpTask): string {
  return s.lib.shared.toDealerDate(s.lib.shared.addMinutesToInstant(task.dueBy, -1));
}

async function saveTask(
  s: Scenario,
  before: FollowUpTask,
  after: FollowUpTask,
  events: readonly CrmEvent[],
) {
  const { crm } = s.lib;
  return must(
    await crm
      .createCrmRepositories(s.store)
      .followUps.save(after, { expectedVersion: before.version, events }),
    'save follow-up',
  );
}

async function answerSurvey(s: Scenario, setup: Setup) {
  const { crm } = s.lib;
  const recorded = must(
    crm.recordSurveyResponse(
      setup.survey,
      {
        customerId: setup.zhang.customer.id,
        repairOrderId: 'ro_20260316_01',
        invitationId: 'inv_ro_20260316_01',
        channel: 'online',
        answers: [
          { questionId: 'q1', value: 5 },
          { questionId: 'q2', value: 5 },
          { questionId: 'q3', value: 4 },
          { questionId: 'q4', value: 5 },
          { questionId: 'nps', value: 9 },
        ],
      },
      { id: 'svr_ro_20260316_01', at: s.at('tue', '12:30'), actor: null },
    ),
    'survey response',
  );
  must(
    await crm
      .createCrmRepositories(s.store)
      .surveyResponses.save(recorded.response, { expectedVersion: 0, events: recorded.events }),
    'save response',
  );
  return must(crm.scoreSurveyResponse(setup.survey, recorded.response), 'score').overall;
}

async function handleComplaint(s: Scenario, opened: Complaint): Promise<Complaint> {
  const { crm } = s.lib;
  const repos = crm.createCrmRepositories(s.store);
  let complaint = must(
    await repos.complaints.save(opened, { expectedVersion: 0 }),
    'save complaint',
  );
  const { csAgent, csSupervisor, advisor } = s.staff;
  const steps = [
    { type: 'confirm', at: s.at('tue', '10:15'), actor: csAgent },
    { type: 'respond', at: s.at('tue', '10:30'), actor: csAgent },
    { type: 'start-resolving', at: s.at('tue', '10:35'), actor: csAgent, handlerId: advisor.id },
    {
      type: 'resolve',
      at: s.at('tue', '15:00'),
      actor: csAgent,
      summary: '客户到店，顾问复位保养提示并致歉 indicator reset on site, apology given',
    },
    {
      type: 'close',
      at: s.at('tue', '15:30'),
      actor: csSupervisor,
      feedback: { satisfied: true, channel: 'phone' },
    },
  ] as const;
  for (const command of steps) {
    const next = must(crm.transitionComplaint(complaint, command), `complaint ${command.type}`);
    complaint = must(
      await repos.complaints.save(next.complaint, {
        expectedVersion: complaint.version,
        events: next.events,
      }),
      'save complaint',
    );
  }
  return complaint;
}

export async function followUp(s: Scenario, setup: Setup): Promise<Aftercare> {
  const { crm } = s.lib;
  const created = await dispatchDeliveries(s, setup);
  const [zhangTask, liTask] = created;
  if (zhangTask === undefined || liTask === undefined) throw new Error('expected two follow-ups');
  const satisfied = must(
    crm.transitionFollowUp(zhangTask, {
      type: 'record-satisfied',
      at: s.at('tue', '10:00'),
      actor: s.staff.csAgent,
    }),
    'follow-up satisfied',
  );
  const issue = must(
    crm.transitionFollowUp(liTask, {
      type: 'record-issue',
      at: s.at('tue', '10:10'),
      actor: s.staff.csAgent,
      complaint: {
        id: 'cmp_20260317_01',
        category: 'repair-quality',
        severity: 'medium',
        summary: '保养后仪表保养提示未复位 the service reminder was not reset',
        channel: 'phone',
      },
    }),
    'follow-up issue',
  );
  const tasks = [
    await saveTask(s, zhangTask, satisfied.task, satisfied.events),
    await saveTask(s, liTask, issue.task, issue.events),
  ];
  const surveyIndex = await answerSurvey(s, setup);
  s.log.say(
    `周二 10:00 客服回访 ${setup.zhang.masked.name}：满意；12:30 客户在线完成问卷，满意度指数 ${surveyIndex ?? '—'}/100`,
    `Tue 10:00 customer service calls ${setup.zhang.masked.name}: satisfied; 12:30 the online survey is answered, satisfaction index ${surveyIndex ?? '—'}/100`,
  );
  if (issue.complaint === null) throw new Error('the issue opened no complaint');
  const opened = issue.complaint;
  s.log.say(
    `周二 10:10 回访 ${setup.li.masked.name}：保养提示未复位 → 投诉 ${opened.id}（中等，${wallTime(opened.responseDueBy, 'zh')} 前响应，${wallTime(opened.resolutionDueBy, 'zh')} 前解决）`,
    `Tue 10:10 the call to ${setup.li.masked.name} finds the service reminder not reset → complaint ${opened.id} (medium: respond by ${wallTime(opened.responseDueBy, 'en')}, resolve by ${wallTime(opened.resolutionDueBy, 'en')})`,
  );
  const complaint = await handleComplaint(s, opened);
  const breaches = crm.complaintBreaches(complaint, s.at('tue', '15:30'));
  s.log.say(
    `确认 10:15 → 回复客户 10:30 → 处理 → 15:00 解决 → 15:30 客服主管回访客户满意后结案；超时 ${breaches.length} 项（§7.3.2）`,
    `Confirmed 10:15 → customer answered 10:30 → handled → resolved 15:00 → closed 15:30 by the CS supervisor after the customer confirmed; ${breaches.length} deadlines missed (§7.3.2)`,
  );
  return { tasks, complaint, surveyIndex, dispatched: created.length };
}
