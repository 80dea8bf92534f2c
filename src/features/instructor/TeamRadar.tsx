import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';

export interface RadarPoint {
  readonly subject: string;
  readonly name: string;
  /** Share of the sub-project's points earned, 0–100. */
  readonly value: number;
}

interface Props {
  readonly points: readonly RadarPoint[];
  readonly label: string;
  readonly height?: number;
  /** Fixes the size: print needs it, as a responsive chart measures 0 px while the page is laid out for paper. */
  readonly width?: number;
}

/** One team's radar over the twelve sub-projects (recharts, loaded on demand with its parent). */
export default function TeamRadar({ points, label, height = 320, width }: Props) {
  const chart = (
    <RadarChart data={[...points]} outerRadius="75%" {...(width !== undefined && { width, height })}>
      <PolarGrid />
      <PolarAngleAxis dataKey="subject" />
      <PolarRadiusAxis domain={[0, 100]} angle={90} />
      <Radar
        dataKey="value"
        name={label}
        stroke="#1f4e79"
        fill="#1f4e79"
        fillOpacity={0.35}
        isAnimationActive={false}
      />
      <Tooltip />
    </RadarChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}
