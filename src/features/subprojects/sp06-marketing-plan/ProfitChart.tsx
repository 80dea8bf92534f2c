import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from './format';

const LABEL_WIDTH = 190;

/**
 * Expected profit per segment, the team's plan beside the best plan. Bars run
 * sideways so long segment names fit on the axis, wrapped to a few lines.
 */
export function ProfitChart({ data }: { data: readonly { name: string; team: number; best: number }[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  // Chinese has no spaces to wrap at, so it may break between any two characters.
  const breakAll = i18n.language.startsWith('zh');
  return (
    <div className="sp06-chart" role="img" aria-label={t('sp06.chartLabel')}>
      <ResponsiveContainer width="100%" height={70 * data.length + 70}>
        <BarChart data={[...data]} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => format.money(value)} />
          <YAxis
            type="category"
            dataKey="name"
            width={LABEL_WIDTH + 10}
            interval={0}
            tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value?: unknown } }) => (
              <Text
                x={x}
                y={y}
                width={LABEL_WIDTH}
                maxLines={3}
                breakAll={breakAll}
                textAnchor="end"
                verticalAnchor="middle"
                fontSize={12}
                fill="#4a5563"
              >
                {String(payload.value ?? '')}
              </Text>
            )}
          />
          <Tooltip formatter={(value) => format.money(Number(value))} />
          <Legend itemSorter={null} />
          <Bar dataKey="team" name={t('sp06.teamPlan')} fill="#2f6fb0" isAnimationActive={false} />
          <Bar dataKey="best" name={t('sp06.bestPlan')} fill="#3c9a5f" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
