// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent } from '../../../../tests/fixtures/scoring';
import type { ScoredAttempt } from '../../../domain/scoring/grades';
import type { JsonValue } from '../../../domain/session/actions';
import type { Answers } from '../../../domain/session/replay';
import { contentSchema } from '../../../domain/subprojects/sp06-marketing-plan/content';
import { initI18n } from '../../../i18n';
import Sp06Workspace from './Sp06Workspace';

const content = fixtureContent(5, contentSchema);

afterEach(cleanup);

beforeAll(async () => {
  await initI18n('zh-CN');
  // recharts measures its container; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

/** The workspace over an in-memory answer store, as the page gives it one. */
function Harness({ initial = {}, scored = false }: { initial?: Answers; scored?: boolean }) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const save = async (field: string, next: (previous: JsonValue | null) => JsonValue | null) => {
    setAnswers((previous) => ({ ...previous, [field]: next(previous[field] ?? null) as JsonValue }));
  };
  return (
    <>
      <Sp06Workspace
        content={content}
        answers={answers}
        editable={!scored}
        save={save}
        teamSeed="team-seed"
        {...(scored && { result: {} as ScoredAttempt })}
      />
      <pre data-testid="stored">{JSON.stringify(answers)}</pre>
    </>
  );
}

const stored = () => JSON.parse(screen.getByTestId('stored').textContent ?? '{}') as Record<string, unknown>;

describe('sub-project 6 workspace', () => {
  it('shows the cost of each line as it is typed and turns the budget bar red over the limit', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const card = screen.getByRole('article', { name: '常客' });
    await user.click(within(card).getByRole('checkbox', { name: '纳入本次活动' }));
    await user.selectOptions(within(card).getByRole('combobox', { name: '渠道' }), 'in-store');
    await user.selectOptions(within(card).getByRole('combobox', { name: '优惠' }), 'loyalty-card');
    const contacts = within(card).getByRole('textbox', { name: '接触人数' });
    await user.type(contacts, '100');
    expect(within(card).getByText('接触费用：100 人 × 3 元 = 300 元')).toBeInTheDocument();
    expect(screen.getAllByText(/还剩 100 元/)).toHaveLength(2);
    await user.clear(contacts);
    await user.type(contacts, '150');
    expect(screen.getAllByText('超出预算 50 元！请减少接触人数，或换用更便宜的渠道。')).toHaveLength(2);
    await user.type(contacts, '0');
    expect(within(card).getByText('这个客户群只有 150 人，接触人数不能超过它。')).toBeInTheDocument();
    await user.tab();
    await act(async () => {});
    expect(stored()['segment:regulars']).toEqual({
      included: true,
      channel: 'in-store',
      offer: 'loyalty-card',
      contacts: '1500',
    });
  });

  it('checks objectives as they are typed without giving away which KPIs are vague', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: '添加目标' }));
    const row = screen.getByRole('listitem', { name: '目标 1' });
    await user.selectOptions(within(row).getByRole('combobox', { name: '指标' }), 'brand-image');
    await user.type(within(row).getByRole('textbox', { name: '目标值' }), '很多');
    expect(within(row).getByText('目标值要是大于 0 的数字，例如 120 或 15%。')).toBeInTheDocument();
    expect(within(row).getByText('请选择完成日期。')).toBeInTheDocument();
    expect(within(row).queryByText(/无法衡量/)).toBeNull();
  });

  it('after scoring shows the outcome beside the best plan and which objectives were measurable', () => {
    render(
      <Harness
        scored
        initial={{
          'segment:regulars': { included: true, channel: 'wechat', offer: 'loyalty-card', contacts: '150' },
          objectives: [{ id: 'o1', kpi: 'brand-image', target: '10', date: '2024-05-20' }],
        }}
      />,
    );
    const team = screen.getByTestId('sp06-team-outcome');
    expect(within(team).getByRole('row', { name: /常客/ })).toHaveTextContent('微信群 + 会员积分卡');
    expect(within(team).getByRole('row', { name: /写字楼上班族/ })).toHaveTextContent('未纳入');
    const best = screen.getByTestId('sp06-best-outcome');
    expect(within(best).getByRole('row', { name: /写字楼上班族/ })).toHaveTextContent('街头传单 + 买面包送咖啡');
    expect(screen.getByText('无法衡量')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加目标' })).toBeNull();
  });
});
