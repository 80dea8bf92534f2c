import { lazy, type ComponentType } from 'react';
import type { WorkspaceProps } from './types';

/**
 * The workspace screen of each sub-project that has one, loaded on demand.
 * Sub-projects not listed here fall back to working notes until they are built.
 */
export const WORKSPACES: Readonly<Record<string, ComponentType<WorkspaceProps<never>>>> = {
  'sp01-diagnosis': lazy(() => import('./sp01-diagnosis/Sp01Workspace')) as ComponentType<WorkspaceProps<never>>,
  'sp02-department': lazy(() => import('./sp02-department/Sp02Workspace')) as ComponentType<WorkspaceProps<never>>,
  'sp03-prospecting': lazy(() => import('./sp03-prospecting/Sp03Workspace')) as ComponentType<WorkspaceProps<never>>,
  'sp04-customer-file': lazy(() => import('./sp04-customer-file/Sp04Workspace')) as ComponentType<
    WorkspaceProps<never>
  >,
  'sp06-marketing-plan': lazy(() => import('./sp06-marketing-plan/Sp06Workspace')) as ComponentType<
    WorkspaceProps<never>
  >,
  'sp05-segmentation': lazy(() => import('./sp05-segmentation/Sp05Workspace')) as ComponentType<WorkspaceProps<never>>,
};
