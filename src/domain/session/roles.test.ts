import { describe, expect, it } from 'vitest';
import { dealRoles, holdersOf, missingRoles, rolesFor } from './roles';

const team = { id: 'team-1', number: 1, memberIds: ['a', 'b', 'c', 'd', 'e'] };

describe('roles', () => {
  it('deals manager, specialist, advisor in order and lets extra members share', () => {
    expect(dealRoles(team.memberIds, 0)).toEqual({
      a: 'manager',
      b: 'specialist',
      c: 'advisor',
      d: 'manager',
      e: 'specialist',
    });
  });

  it('keeps roles in fixed mode and rotates them per sub-project in rotate mode', () => {
    expect(rolesFor(team, 5, 'fixed')).toEqual(rolesFor(team, 0, 'fixed'));
    expect(rolesFor(team, 1, 'rotate')).toMatchObject({ a: 'specialist', b: 'advisor', c: 'manager' });
  });

  it('gives each member of a team of three every role four times over twelve sub-projects', () => {
    const three = { id: 't', number: 1, memberIds: ['a', 'b', 'c'] };
    const counts = new Map<string, number>();
    for (let index = 0; index < 12; index += 1) {
      for (const [id, role] of Object.entries(rolesFor(three, index, 'rotate'))) {
        counts.set(`${id}:${role}`, (counts.get(`${id}:${role}`) ?? 0) + 1);
      }
    }
    expect([...counts.values()]).toEqual(Array(9).fill(4));
  });

  it('uses the instructor’s hand assignment when it covers every member', () => {
    const manual = { a: 'advisor', b: 'manager', c: 'specialist', d: 'advisor', e: 'advisor' } as const;
    expect(rolesFor(team, 3, 'rotate', manual)).toBe(manual);
    expect(rolesFor(team, 0, 'fixed', { a: 'advisor' })).toEqual(dealRoles(team.memberIds, 0));
  });

  it('names missing roles and the holders of a role', () => {
    expect(missingRoles({ a: 'manager', b: 'manager' })).toEqual(['specialist', 'advisor']);
    expect(holdersOf(dealRoles(team.memberIds, 0), 'manager')).toEqual(['a', 'd']);
  });
});
