import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { FIELDS, readAnswers } from '../../../domain/subprojects/sp03-prospecting/answers';
import type { Content } from '../../../domain/subprojects/sp03-prospecting/content';
import { generate } from '../../../domain/subprojects/sp03-prospecting/generate';
import type { WorkspaceProps } from '../types';
import { useShownAnswer } from '../useShownAnswer';
import { CriteriaField } from './CriteriaField';
import { LeadFiltersBar } from './LeadFiltersBar';
import { LeadTable } from './LeadTable';
import { DEFAULT_SORT, NO_FILTERS, viewLeads } from './leadView';
import { useLeadText } from './useLeadText';
import './sp03.css';

/**
 * Sub-project 3: read the ideal-customer description, write the qualification
 * criteria, judge the team's own generated lead list and plan the follow-up of
 * every qualified lead. After scoring, each lead says what was right and which
 * condition of the now-revealed rule decided it.
 */
export default function Sp03Workspace({ content, ...props }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  if (!content) return <p className="notice">{t('sp03.noContent')}</p>;
  return <Prospecting content={content} {...props} />;
}

function Prospecting({
  content,
  answers,
  editable,
  save,
  teamSeed,
  result,
}: WorkspaceProps<Content> & { content: Content }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const text = useLeadText(content);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const team = readAnswers(answers);
  // Ticks and choices show at once; the stored answers take over as soon as the database has them.
  const [qualified, showQualified] = useShownAnswer(answers, team.qualified);
  const [channel, showChannel] = useShownAnswer(answers, team.channel);
  const [nextStep, showNextStep] = useShownAnswer(answers, team.nextStep);
  const { leads, key } = generate(content, teamSeed);
  const known = new Set(leads.map((lead) => lead.id));
  const marked = qualified.filter((id) => known.has(id));
  const shown = viewLeads(content, leads, marked, filters, sort);

  const mark = (id: string, checked: boolean) => {
    const update = (list: readonly string[]) => [...list.filter((lead) => lead !== id), ...(checked ? [id] : [])];
    showQualified(update(qualified));
    void save(FIELDS.qualified, (previous) => update(readAnswers({ [FIELDS.qualified]: previous }).qualified));
  };
  const choose = (field: 'channel' | 'nextStep', id: string, value: string) => {
    const update = (record: Readonly<Record<string, string>>) => {
      const next = { ...record };
      if (value === '') delete next[id];
      else next[id] = value;
      return next;
    };
    if (field === 'channel') showChannel(update(channel));
    else showNextStep(update(nextStep));
    void save(FIELDS[field], (previous) => update(readAnswers({ [field]: previous })[field]));
  };
  const counters = [
    { label: 'sp03.counters.qualified', count: marked.length, warn: false },
    { label: 'sp03.counters.noChannel', count: marked.filter((id) => channel[id] === undefined).length, warn: true },
    { label: 'sp03.counters.noStep', count: marked.filter((id) => nextStep[id] === undefined).length, warn: true },
  ] as const;

  return (
    <div className="workspace sp03" data-testid="sp03-workspace">
      <section className="panel" aria-labelledby="sp03-ideal">
        <h2 id="sp03-ideal">{t('sp03.idealTitle')}</h2>
        <p className="muted">{t('sp03.idealHelp')}</p>
        <div className="ideal-customer">
          {content.idealCustomer.map((paragraph, index) => (
            <p key={index}>{localized(paragraph)}</p>
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby="sp03-criteria">
        <h2 id="sp03-criteria">{t('sp03.criteriaTitle')}</h2>
        <p className="muted">{t('sp03.criteriaHelp')}</p>
        <CriteriaField
          stored={team.criteria}
          minChars={content.criteriaMinChars}
          editable={editable}
          onSave={(value) => save(FIELDS.criteria, () => value)}
        />
      </section>

      {result && (
        <section className="panel rule-reveal" aria-labelledby="sp03-rule">
          <h2 id="sp03-rule">{t('sp03.ruleTitle')}</h2>
          <p className="muted">{t('sp03.ruleHelp')}</p>
          <ul>
            {content.rule.map((condition) => (
              <li key={condition.attribute}>{text.conditionText(condition)}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel" aria-labelledby="sp03-leads">
        <h2 id="sp03-leads">{t('sp03.leadsTitle', { count: leads.length })}</h2>
        <p className="muted">{t('sp03.leadsHelp')}</p>
        <dl className="lead-counters" data-testid="sp03-counters">
          {counters.map(({ label, count, warn }) => (
            <div key={label} className={warn && count > 0 ? 'warn' : undefined}>
              <dt>{t(label)}</dt>
              <dd>{t('sp03.counters.count', { count })}</dd>
            </div>
          ))}
        </dl>
        <LeadFiltersBar
          content={content}
          filters={filters}
          onChange={setFilters}
          shown={shown.length}
          total={leads.length}
        />
        {shown.length === 0 ? (
          <p className="notice">{t('sp03.filters.empty')}</p>
        ) : (
          <LeadTable
            content={content}
            leads={shown}
            qualified={marked}
            channel={channel}
            nextStep={nextStep}
            editable={editable}
            text={text}
            answerKey={result ? new Set(key) : undefined}
            sort={sort}
            onSort={setSort}
            onMark={mark}
            onChoose={choose}
          />
        )}
      </section>
    </div>
  );
}
