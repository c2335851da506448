import { describe, expect, it } from 'vitest';
import { isTeamLeaderOf, isTeamMember, leadsTeamOf, teamOf, teamsOf } from '../../src/org/index';
import { team } from './fixtures';

const mech1 = team();
const body = team({
  id: 'team_b1',
  name: '钣金组',
  kind: 'body',
  leaderId: 'emp_blead',
  memberIds: ['emp_blead', 'emp_tech2'],
});
const teams = [mech1, body];

describe('team helpers', () => {
  it('§2.1.3 a team has a leader and members', () => {
    expect(isTeamLeaderOf('emp_lead', mech1)).toBe(true);
    expect(isTeamLeaderOf('emp_tech1', mech1)).toBe(false);
    expect(isTeamMember('emp_tech1', mech1)).toBe(true);
    expect(isTeamMember('emp_lead', mech1)).toBe(true);
    expect(isTeamMember('emp_blead', mech1)).toBe(false);
  });

  it('§2.1.3 teamOf finds the first team listing the employee; teamsOf finds all', () => {
    expect(teamOf('emp_tech1', teams)?.id).toBe('team_m1');
    expect(teamOf('emp_nobody', teams)).toBeUndefined();
    expect(teamsOf('emp_tech2', teams).map((t) => t.id)).toEqual(['team_m1', 'team_b1']);
  });

  it("§3.4(2) only the leader of the technician's own team counts for the level-2 re-check", () => {
    expect(leadsTeamOf('emp_lead', 'emp_tech1', teams)).toBe(true);
    expect(leadsTeamOf('emp_blead', 'emp_tech1', teams)).toBe(false);
    expect(leadsTeamOf('emp_tech2', 'emp_tech1', teams)).toBe(false);
  });

  it('§3.4(2) a leader does not re-check their own work', () => {
    expect(leadsTeamOf('emp_lead', 'emp_lead', teams)).toBe(false);
  });
});
