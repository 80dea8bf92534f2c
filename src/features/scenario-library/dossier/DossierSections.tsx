import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Scenario } from '../../../domain/scenario';

type Dossier = Scenario['dossier'];

export function BackgroundSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <section id="background" aria-labelledby="background-title">
      <h2 id="background-title">{t('scenario.background')}</h2>
      {dossier.background.map((paragraph, index) => (
        <p key={index}>{localized(paragraph)}</p>
      ))}
    </section>
  );
}

export function TimelineSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <section id="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('scenario.timeline')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('scenario.date')}</th>
            <th scope="col">{t('scenario.event')}</th>
          </tr>
        </thead>
        <tbody>
          {dossier.timeline.map((event) => (
            <tr key={event.id}>
              <td className="nowrap">{event.date}</td>
              <td>{localized(event.text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function FiguresSection({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section id="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('scenario.figures')}</h2>
      <dl className="figure-grid">
        {dossier.figures.map((figure) => (
          <div key={figure.id} className="figure">
            <dt>{localized(figure.label)}</dt>
            <dd>
              <span className="figure-value">{format.format(figure.value)}</span> {localized(figure.unit)}
              {figure.asOf && <span className="muted"> ({t('scenario.asOf', { date: figure.asOf })})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** People, customer groups and problems share one look: a title and a description each. */
export function EntryListSection({
  id,
  title,
  entries,
}: {
  id: string;
  title: string;
  entries: readonly { id: string; heading: string; subheading?: string; text: string }[];
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className="entry-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <h3>
              {entry.heading}
              {entry.subheading && <span className="muted"> · {entry.subheading}</span>}
            </h3>
            <p>{entry.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
