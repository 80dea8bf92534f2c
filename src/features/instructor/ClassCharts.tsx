import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import TeamRadar, { type RadarPoint } from './TeamRadar';

export interface TeamChartRow {
  readonly label: string;
  readonly number: number;
  readonly total: number;
  /** Share of each sub-project's points earned, 0–100. */
  readonly shares: readonly RadarPoint[];
}

/** Ranking bar chart and a per-team radar over the twelve sub-projects (loaded on demand). */
export default function ClassCharts({ teams }: { teams: readonly TeamChartRow[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(teams[0]?.number ?? 1);
  const ranking = [...teams].sort((a, b) => b.total - a.total);
  const team = teams.find((candidate) => candidate.number === selected) ?? teams[0];
  return (
    <div className="charts">
      <section aria-labelledby="ranking-title" className="chart">
        <h2 id="ranking-title">{t('dashboard.ranking')}</h2>
        <ResponsiveContainer width="100%" height={Math.max(160, ranking.length * 36)}>
          <BarChart data={ranking} layout="vertical" margin={{ left: 24, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} />
            <YAxis type="category" dataKey="label" width={80} />
            <Tooltip />
            <Bar dataKey="total" name={t('dashboard.total')} fill="#1f4e79" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
      {team && (
        <section aria-labelledby="radar-title" className="chart">
          <h2 id="radar-title">{t('dashboard.radar', { number: team.number })}</h2>
          <select
            aria-label={t('exportsTab.headers.team')}
            value={team.number}
            onChange={(event) => setSelected(Number(event.target.value))}
          >
            {teams.map((candidate) => (
              <option key={candidate.number} value={candidate.number}>
                {candidate.label}
              </option>
            ))}
          </select>
          <TeamRadar points={team.shares} label={team.label} />
        </section>
      )}
    </div>
  );
}
