import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { useLocalized } from '../../components/useLocalized';
import { canvasCsv, criteriaCsv, moodleCsv, plainCsv, type GradeSheet } from '../../domain/export/gradebooks';
import { actedInLog, roleHistoryCsv } from '../../domain/export/role-history';
import { teamRoles } from '../classes/teamRoles';
import { studentTotal } from '../../domain/scoring/grades';
import type { ClassData } from '../classes/useClassData';

/** The class's grade sheet, students ordered by team, in the interface language. */
function useGradeSheet(data: ClassData): GradeSheet {
  const localized = useLocalized();
  const { bundle, scenario, gradesByTeam } = data;
  return {
    subprojects: bundle.classSession.subprojects.map((entry, index) => {
      const slot = scenario?.subprojects.find((candidate) => candidate.id === entry.id);
      return { id: entry.id, label: `${String(index + 1).padStart(2, '0')} ${slot ? localized(slot.name) : entry.id}` };
    }),
    students: bundle.teams.flatMap((team) =>
      team.memberIds.flatMap((id) => {
        const student = bundle.students.find((candidate) => candidate.id === id);
        if (!student) return [];
        const grades = gradesByTeam.get(team.id) ?? [];
        const adjustments = bundle.adjustments.filter((row) => row.studentId === id);
        return [{ student, teamNumber: team.number, grades, adjustments, total: studentTotal(grades, adjustments) }];
      }),
    ),
  };
}

/** Downloads for Moodle, Canvas, a plain sheet and the per-criterion detail. */
export function ExportsTab({ data }: { data: ClassData }) {
  const { t } = useTranslation();
  const [bom, setBom] = useState(true);
  const sheet = useGradeSheet(data);
  const headers = {
    studentId: t('exportsTab.headers.studentId'),
    name: t('exportsTab.headers.name'),
    email: t('exportsTab.headers.email'),
    team: t('exportsTab.headers.team'),
    adjustment: t('exportsTab.headers.adjustment'),
    total: t('exportsTab.headers.total'),
  };
  const base = data.bundle.classSession.name.replace(/[\\/:*?"<>|\s]+/g, '-');
  const exports = [
    {
      key: 'moodle',
      label: t('exportsTab.moodle'),
      file: `${base}-moodle.csv`,
      build: () => moodleCsv(sheet, 'idnumber', { bom }),
    },
    {
      key: 'moodle-email',
      label: t('exportsTab.moodleEmail'),
      file: `${base}-moodle-email.csv`,
      build: () => moodleCsv(sheet, 'email', { bom }),
    },
    {
      key: 'canvas',
      label: t('exportsTab.canvas'),
      file: `${base}-canvas.csv`,
      build: () => canvasCsv(sheet, { bom }),
    },
    {
      key: 'plain',
      label: t('exportsTab.plain'),
      file: `${base}-grades.csv`,
      build: () => plainCsv(sheet, headers, { bom }),
    },
    {
      key: 'criteria',
      label: t('exportsTab.criteria'),
      file: `${base}-criteria.csv`,
      build: () =>
        criteriaCsv(
          sheet,
          {
            ...headers,
            subproject: t('exportsTab.headers.subproject'),
            criterion: t('exportsTab.headers.criterion'),
            autoPoints: t('exportsTab.headers.autoPoints'),
            override: t('exportsTab.headers.override'),
            reason: t('exportsTab.headers.reason'),
            max: t('exportsTab.headers.max'),
            totalRow: t('exportsTab.headers.totalRow'),
          },
          undefined,
          { bom },
        ),
    },
    {
      key: 'roles',
      label: t('exportsTab.roles'),
      file: `${base}-roles.csv`,
      build: () =>
        roleHistoryCsv(
          data.bundle.teams.flatMap((team) =>
            sheet.subprojects.flatMap((subproject, index) => {
              const roles = teamRoles(data.bundle, team, index);
              const log = data.actionsByTeam.get(team.id) ?? [];
              return team.memberIds.map((id) => ({
                teamNumber: team.number,
                subproject: subproject.label,
                studentId: id,
                name: data.bundle.students.find((student) => student.id === id)?.name ?? id,
                assigned: roles[id] ?? 'manager',
                ...actedInLog(log, subproject.id, id),
              }));
            }),
          ),
          {
            team: headers.team,
            subproject: t('exportsTab.headers.subproject'),
            studentId: headers.studentId,
            name: headers.name,
            assigned: t('exportsTab.headers.assigned'),
            actions: t('exportsTab.headers.actions'),
            actedAs: t('exportsTab.headers.actedAs'),
          },
          (role) => t(`roles.${role}`),
          { bom },
        ),
    },
  ];
  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('exportsTab.gradesTitle')}</h2>
      <label className="choice-line">
        <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
        {t('exportsTab.bom')}
      </label>
      <p className="actions">
        {exports.map((item) => (
          <button key={item.key} type="button" onClick={() => downloadText(item.file, item.build())}>
            {item.label}
          </button>
        ))}
      </p>
    </section>
  );
}
