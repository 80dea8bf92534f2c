/**
 * The three roles of a customer-service department that every team plays
 * (seed 000: 客户服务经理 / 客户服务专员 / 客户服务顾问).
 */
export const ROLES = ['manager', 'specialist', 'advisor'] as const;
export type Role = (typeof ROLES)[number];
