import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/roles';
import { textLength } from '../../../domain/subprojects/answer-values';
import { FIELDS, readAnswers } from '../../../domain/subprojects/sp02-department/answers';
import { JOB_FIELDS, type JobField } from '../../../domain/subprojects/sp02-department/content';
import type { WorkspaceProps } from '../types';
import { useDraft } from '../useDraft';

interface Props {
  readonly role: Role;
  readonly stored: Readonly<Partial<Record<JobField, string>>>;
  readonly minChars: number;
  readonly editable: boolean;
  readonly save: WorkspaceProps<unknown>['save'];
}

/** One role's job description (职务说明书): the seven fields, each saved as it is typed. */
export function JobDescription({ role, stored, minChars, editable, save }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="job-description">
      <legend>{t('sp02.jobFor', { role: t(`roles.${role}`) })}</legend>
      {JOB_FIELDS.map((field) => (
        <JobFieldInput
          key={field}
          label={t(`sp02.fields.${field}`)}
          stored={stored[field] ?? ''}
          minChars={minChars}
          editable={editable}
          multiline={field === 'duties' || field === 'authority' || field === 'qualifications' || field === 'kpis'}
          onSave={(text) =>
            save(FIELDS.job(role), (previous) => {
              const job: Record<string, string> = { ...readAnswers({ [FIELDS.job(role)]: previous }).jobs[role] };
              if (text === '') delete job[field];
              else job[field] = text;
              return job;
            })
          }
        />
      ))}
    </fieldset>
  );
}

function JobFieldInput(props: {
  label: string;
  stored: string;
  minChars: number;
  editable: boolean;
  multiline: boolean;
  onSave: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { draft, change, flush } = useDraft(props.stored, props.onSave);
  const short = textLength(draft) < props.minChars;
  const common = {
    value: draft,
    readOnly: !props.editable,
    'aria-invalid': props.editable && short && draft !== '',
    onBlur: () => void flush(),
  };
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea rows={2} {...common} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => change(event.target.value)} />
      )}
      {props.editable && short && <span className="muted small">{t('sp02.fieldShort', { min: props.minChars })}</span>}
    </label>
  );
}
