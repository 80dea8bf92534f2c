import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { paretoCurve } from '../../../domain/subprojects/sp05-segmentation/method';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Cumulative revenue share against customer share: the team's revenue column, and after scoring the key's. */
export function ParetoChart({ team, keyRevenues }: { team: readonly number[]; keyRevenues?: readonly number[] }) {
  const { t } = useTranslation();
  const teamCurve = paretoCurve(team);
  const keyCurve = keyRevenues ? paretoCurve(keyRevenues) : [];
  return (
    <figure className="sp05-chart" data-testid="sp05-pareto">
      <figcaption>{t('sp05.charts.pareto')}</figcaption>
      {teamCurve.length === 0 && keyCurve.length === 0 ? (
        <p className="muted">{t('sp05.charts.paretoEmpty')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          <LineChart margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tickFormatter={(value: number) => `${value}%`}
              label={{ value: t('sp05.charts.customerShare'), position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tickFormatter={(value: number) => `${value}%`}
              width={48}
            />
            <ReferenceLine x={20} stroke="#9aa7b6" strokeDasharray="4 4" />
            <ReferenceLine y={80} stroke="#9aa7b6" strokeDasharray="4 4" />
            <Tooltip
              formatter={(value) => `${Number(value).toFixed(1)} %`}
              labelFormatter={(x) => `${Number(x).toFixed(1)} %`}
            />
            <Legend verticalAlign="top" height={28} />
            {teamCurve.length > 0 && (
              <Line
                data={teamCurve}
                dataKey="y"
                name={t('sp05.charts.team')}
                stroke="#1f4e79"
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            )}
            {keyCurve.length > 0 && (
              <Line
                data={keyCurve}
                dataKey="y"
                name={t('sp05.charts.keyCurve')}
                stroke="#1e6b3a"
                strokeDasharray="6 3"
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}

/** Customer counts per R × F cell as a heat grid, R 5 at the top. */
export function RfmGrid({ title, cells }: { title: string; cells: readonly { r: number; f: number }[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const cell of cells) counts.set(`${cell.r}-${cell.f}`, (counts.get(`${cell.r}-${cell.f}`) ?? 0) + 1);
  const most = Math.max(1, ...counts.values());
  return (
    <table className="sp05-grid" aria-label={t('sp05.charts.gridLabel', { title })}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">R \ F</th>
          {SCORES.map((f) => (
            <th key={f} scope="col">
              {f}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...SCORES].reverse().map((r) => (
          <tr key={r}>
            <th scope="row">{r}</th>
            {SCORES.map((f) => {
              const count = counts.get(`${r}-${f}`) ?? 0;
              const share = count / most;
              return (
                <td
                  key={f}
                  className="numeric"
                  style={{
                    background: `rgba(31, 78, 121, ${(share * 0.85).toFixed(2)})`,
                    color: share > 0.5 ? '#fff' : undefined,
                  }}
                >
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
