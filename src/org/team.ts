import type { Team } from './schema';

/**
 * The part of a {@link Team} the membership helpers read, so callers can pass
 * a full team or a projection of one.
 *
 * @example
 * ```ts
 * const membership: TeamMembership = parseTeam(input)._unsafeUnwrap(); // a full Team fits
 * ```
 * @category org
 * @see §2.1.3
 */
export type TeamMembership = Pick<Team, 'id' | 'leaderId' | 'memberIds'>;

/**
 * Whether an employee leads a team.
 *
 * @example
 * ```ts
 * isTeamLeaderOf(actor.id, team); // true when actor.id === team.leaderId
 * ```
 * @category org
 * @see §2.1.3
 * @see §3.4(2)
 */
export function isTeamLeaderOf(employeeId: string, team: TeamMembership): boolean {
  return team.leaderId === employeeId;
}

/**
 * Whether an employee is a member of a team (the leader is always one, see
 * {@link TeamSchema}).
 *
 * @example
 * ```ts
 * isTeamMember('emp_3', team); // true
 * ```
 * @category org
 * @see §2.1.3
 */
export function isTeamMember(employeeId: string, team: TeamMembership): boolean {
  return team.memberIds.includes(employeeId as Team['leaderId']);
}

/**
 * Every team an employee belongs to, in the order given.
 *
 * @example
 * ```ts
 * teamsOf('emp_3', teams).map((team) => team.id); // ['team_m1']
 * ```
 * @category org
 * @see §2.1.3
 */
export function teamsOf<T extends TeamMembership>(employeeId: string, teams: readonly T[]): T[] {
  return teams.filter((team) => isTeamMember(employeeId, team));
}

/**
 * The team an employee belongs to: the first in `teams` that lists them, or
 * `undefined`. When one person is in several teams, pass the job's team
 * instead of guessing from the person.
 *
 * @example
 * ```ts
 * teamOf('emp_3', teams)?.leaderId; // 'emp_2'
 * ```
 * @category org
 * @see §2.1.3
 * @see §3.4(2)
 */
export function teamOf<T extends TeamMembership>(
  employeeId: string,
  teams: readonly T[],
): T | undefined {
  return teams.find((team) => isTeamMember(employeeId, team));
}

/**
 * Whether `leaderId` leads a team that `memberId` belongs to — the check for
 * a level-2 re-check "by that team's leader" (§3.4(2)). A leader does not
 * lead themself for this purpose: the levels must be different people.
 *
 * @example
 * ```ts
 * leadsTeamOf('emp_2', 'emp_3', teams); // true: emp_2 leads team_m1, emp_3 is in it
 * leadsTeamOf('emp_2', 'emp_2', teams); // false
 * ```
 * @category org
 * @see §3.4(2)
 */
export function leadsTeamOf(
  leaderId: string,
  memberId: string,
  teams: readonly TeamMembership[],
): boolean {
  if (leaderId === memberId) return false;
  return teams.some((team) => isTeamLeaderOf(leaderId, team) && isTeamMember(memberId, team));
}
