import type { Content } from '../../../domain/subprojects/sp03-prospecting/content';
import type { Lead } from '../../../domain/subprojects/sp03-prospecting/generate';

/** What the team narrowed the table to: '' means no filter on that column. */
export interface LeadFilters {
  readonly status: '' | 'marked' | 'unmarked';
  readonly source: string;
  /** Category attribute id → value id. */
  readonly values: Readonly<Record<string, string>>;
}

export const NO_FILTERS: LeadFilters = { status: '', source: '', values: {} };

/** 'id', 'preferred' or an attribute id. */
export interface LeadSort {
  readonly column: string;
  readonly descending: boolean;
}

export const DEFAULT_SORT: LeadSort = { column: 'id', descending: false };

export function isFiltered(filters: LeadFilters): boolean {
  return filters.status !== '' || filters.source !== '' || Object.values(filters.values).some((value) => value !== '');
}

/** Leads that pass every filter, in the chosen order (ties keep table order). */
export function viewLeads(
  content: Content,
  leads: readonly Lead[],
  qualified: readonly string[],
  filters: LeadFilters,
  sort: LeadSort,
): Lead[] {
  const marked = new Set(qualified);
  const shown = leads.filter(
    (lead) =>
      (filters.status === '' || marked.has(lead.id) === (filters.status === 'marked')) &&
      (filters.source === '' || lead.source === filters.source) &&
      Object.entries(filters.values).every(([attribute, value]) => value === '' || lead.values[attribute] === value),
  );
  const attribute = content.attributes.find((candidate) => candidate.id === sort.column);
  const channelOrder = content.channels.map((channel) => channel.id);
  // Categories sort in the order the scenario lists their values, which is usually a meaningful scale.
  const rank = (lead: Lead): number => {
    if (sort.column === 'preferred') return channelOrder.indexOf(lead.channel);
    if (!attribute) return leads.indexOf(lead);
    const value = lead.values[attribute.id];
    if (attribute.kind === 'number') return typeof value === 'number' ? value : 0;
    return attribute.values.findIndex((candidate) => candidate.id === value);
  };
  const direction = sort.descending ? -1 : 1;
  return shown
    .map((lead, index) => ({ lead, index, rank: rank(lead) }))
    .sort((a, b) => (a.rank - b.rank) * direction || a.index - b.index)
    .map(({ lead }) => lead);
}
