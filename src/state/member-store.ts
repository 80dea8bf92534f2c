import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Who is at the keyboard for each team on this device. Kept per browser tab
 * (sessionStorage): a reload keeps it, a new tab asks again, and the database
 * never holds it because it is not work, only who is doing it.
 */
interface MemberState {
  members: Record<string, string>;
  setMember: (teamKey: string, studentId: string | undefined) => void;
}

export const useMemberStore = create<MemberState>()(
  persist(
    (set) => ({
      members: {},
      setMember: (teamKey, studentId) =>
        set((state) => {
          const members = { ...state.members };
          if (studentId === undefined) delete members[teamKey];
          else members[teamKey] = studentId;
          return { members };
        }),
    }),
    { name: 'crm-simulator-members', storage: createJSONStorage(() => sessionStorage) },
  ),
);

export const teamKey = (classId: string, teamId: string) => `${classId}/${teamId}`;
