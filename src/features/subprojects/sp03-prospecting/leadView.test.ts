import { describe, expect, it } from 'vitest';
import { contentSchema } from '../../../domain/subprojects/sp03-prospecting/content';
import { generate } from '../../../domain/subprojects/sp03-prospecting/generate';
import { fixtureContent } from '../../../../tests/fixtures/scoring';
import { DEFAULT_SORT, isFiltered, NO_FILTERS, viewLeads } from './leadView';

const content = fixtureContent(2, contentSchema);
const { leads } = generate(content, 'view');

describe('lead table view', () => {
  it('shows every lead in table order without filters', () => {
    expect(viewLeads(content, leads, [], NO_FILTERS, DEFAULT_SORT)).toEqual(leads);
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('filters by judgement, category value and source together', () => {
    const marked = leads.slice(0, 5).map((lead) => lead.id);
    const filters = { status: 'marked' as const, source: '', values: { type: 'office' } };
    const shown = viewLeads(content, leads, marked, filters, DEFAULT_SORT);
    expect(shown.every((lead) => marked.includes(lead.id) && lead.values['type'] === 'office')).toBe(true);
    expect(isFiltered(filters)).toBe(true);
    const unmarked = viewLeads(content, leads, marked, { ...NO_FILTERS, status: 'unmarked' }, DEFAULT_SORT);
    expect(unmarked).toHaveLength(leads.length - 5);
    const bySource = viewLeads(content, leads, [], { ...NO_FILTERS, source: 'survey' }, DEFAULT_SORT);
    expect(bySource.every((lead) => lead.source === 'survey')).toBe(true);
  });

  it('sorts numbers by value, categories in the scenario’s order, ties in table order', () => {
    const distances = viewLeads(content, leads, [], NO_FILTERS, { column: 'distance', descending: true }).map(
      (lead) => lead.values['distance'] as number,
    );
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    const types = viewLeads(content, leads, [], NO_FILTERS, { column: 'type', descending: false });
    const order = content.attributes.find((attribute) => attribute.id === 'type');
    const ranks = types.map((lead) =>
      order?.kind === 'category' ? order.values.findIndex((value) => value.id === lead.values['type']) : 0,
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const households = types.filter((lead) => lead.values['type'] === 'household').map((lead) => lead.id);
    expect(households).toEqual([...households].sort());
    const byChannel = viewLeads(content, leads, [], NO_FILTERS, { column: 'preferred', descending: false });
    expect(byChannel[0]?.channel).toBe('phone');
  });
});
