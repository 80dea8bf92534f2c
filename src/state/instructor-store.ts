import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Whether this tab has unlocked the instructor area; a new tab or browser asks for the PIN again. */
interface InstructorState {
  unlocked: boolean;
  setUnlocked: (unlocked: boolean) => void;
}

export const useInstructorStore = create<InstructorState>()(
  persist((set) => ({ unlocked: false, setUnlocked: (unlocked) => set({ unlocked }) }), {
    name: 'crm-simulator-instructor',
    storage: createJSONStorage(() => sessionStorage),
  }),
);
