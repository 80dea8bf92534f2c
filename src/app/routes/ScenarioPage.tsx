import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemList } from '../../components/ProblemList';
import { useLocalized } from '../../components/useLocalized';
import {
  BackgroundSection,
  EntryListSection,
  FiguresSection,
  TimelineSection,
} from '../../features/scenario-library/dossier/DossierSections';
import { GlossarySection } from '../../features/scenario-library/dossier/GlossarySection';
import { RoleBriefs } from '../../features/scenario-library/dossier/RoleBriefs';
import { SubprojectTable } from '../../features/scenario-library/dossier/SubprojectTable';
import { useScenarioCatalog } from '../../features/scenario-library/useScenarioCatalog';
import { paths } from '../paths';

const SECTION_LINKS = [
  ['background', 'scenario.background'],
  ['timeline', 'scenario.timeline'],
  ['figures', 'scenario.figures'],
  ['people', 'scenario.people'],
  ['customers', 'scenario.customerGroups'],
  ['problems', 'scenario.problems'],
  ['roles', 'scenario.roleBriefs'],
  ['glossary', 'scenario.glossary'],
  ['subprojects', 'scenario.subprojects'],
] as const;

/** The case dossier of one scenario: everything a team reads before sub-project 1. */
export function ScenarioPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { scenarioId = '' } = useParams();
  const { loading, items } = useScenarioCatalog();
  if (loading) return <p aria-busy="true">{t('library.loading')}</p>;

  const back = (
    <p>
      <Link to={paths.library()}>← {t('scenario.back')}</Link>
    </p>
  );
  const item = items.find((candidate) =>
    candidate.state === 'valid' ? candidate.scenario.id === scenarioId : candidate.fileName === `${scenarioId}.json`,
  );
  if (!item || item.state === 'unreadable') {
    return (
      <div className="page">
        {back}
        <p role="alert">{t('scenario.notFound', { id: scenarioId })}</p>
      </div>
    );
  }
  if (item.state === 'invalid') {
    return (
      <div className="page">
        {back}
        <div className="notice error" role="alert">
          <h1>{t('library.invalidTitle', { file: item.fileName })}</h1>
          <ProblemList problems={item.problems} />
        </div>
      </div>
    );
  }

  const { scenario } = item;
  const { dossier } = scenario;
  return (
    <div className="page dossier">
      {back}
      <header className="dossier-header">
        <h1>{localized(scenario.title)}</h1>
        <p className="lead">{localized(scenario.summary)}</p>
        <dl className="facts-inline">
          <div>
            <dt>{t('scenario.company')}</dt>
            <dd>{localized(dossier.company.name)}</dd>
          </div>
          <div>
            <dt>{t('scenario.industry')}</dt>
            <dd>{localized(dossier.company.industry)}</dd>
          </div>
          <div>
            <dt>{t('scenario.location')}</dt>
            <dd>
              {localized(dossier.company.location)}
              {dossier.company.founded !== undefined &&
                ` · ${t('scenario.founded', { year: dossier.company.founded })}`}
            </dd>
          </div>
        </dl>
        <p className="source-note">
          <strong>{t('scenario.adaptedFrom')}</strong>
          {localized(scenario.source.adaptedFrom)}
          {scenario.source.note && <span className="muted"> {localized(scenario.source.note)}</span>}
        </p>
      </header>
      <nav className="section-nav" aria-label={t('scenario.sections')}>
        {SECTION_LINKS.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key)}
          </a>
        ))}
      </nav>
      <BackgroundSection dossier={dossier} />
      <TimelineSection dossier={dossier} />
      <FiguresSection dossier={dossier} />
      <EntryListSection
        id="people"
        title={t('scenario.people')}
        entries={dossier.people.map((person) => ({
          id: person.id,
          heading: localized(person.name),
          subheading: localized(person.title),
          text: localized(person.description),
        }))}
      />
      <EntryListSection
        id="customers"
        title={t('scenario.customerGroups')}
        entries={dossier.customerGroups.map((group) => ({
          id: group.id,
          heading: localized(group.name),
          text: localized(group.description),
        }))}
      />
      <EntryListSection
        id="problems"
        title={t('scenario.problems')}
        entries={dossier.problems.map((problem) => ({
          id: problem.id,
          heading: localized(problem.title),
          text: localized(problem.description),
        }))}
      />
      <RoleBriefs briefs={scenario.roleBriefs} />
      <GlossarySection glossary={scenario.glossary} />
      <SubprojectTable slots={scenario.subprojects} />
    </div>
  );
}
