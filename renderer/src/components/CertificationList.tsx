import type { Certification } from '../../../shared/domain';
import { ExternalLink } from './ExternalLink';
import { formatHours, levelLabel } from './pathDisplay';

function CertificationEntry({ certification }: { certification: Certification }) {
  const { name, description, issuer, level, hours, examCode, url, validityYears } = certification;
  return (
    <li className="plan-entry">
      <div className="plan-entry-head">
        <h3>{name}</h3>
        {level !== null && (
          <span className={`badge badge-level badge-level-${level}`}>
            <span className="sr-only">Level: </span>
            {levelLabel[level]}
          </span>
        )}
      </div>
      <dl className="plan-facts">
        {issuer !== null && (
          <div>
            <dt>Issuer</dt>
            <dd>{issuer}</dd>
          </div>
        )}
        {hours !== null && (
          <div>
            <dt>Preparation</dt>
            <dd>{formatHours(hours)}</dd>
          </div>
        )}
        {examCode !== null && (
          <div>
            <dt>Exam</dt>
            <dd className="exam-code">{examCode}</dd>
          </div>
        )}
        {validityYears !== null && (
          <div>
            <dt>Valid for</dt>
            <dd>{validityYears === 1 ? '1 year' : `${validityYears} years`}</dd>
          </div>
        )}
      </dl>
      {description !== '' && <p className="plan-entry-text">{description}</p>}
      {url !== null && (
        <p className="plan-entry-link">
          <ExternalLink href={url}>
            Official page<span className="sr-only"> for {name}</span>
          </ExternalLink>
        </p>
      )}
    </li>
  );
}

/** The certifications of a path that gives them as structured data. */
export function CertificationList({ certifications }: { certifications: Certification[] }) {
  if (certifications.length === 0) return null;
  return (
    <section className="path-section plan-data-section" aria-labelledby="path-certifications">
      <h2 id="path-certifications">
        Certifications <span className="count">{certifications.length}</span>
      </h2>
      <ul className="plan-entries">
        {certifications.map((certification) => (
          <CertificationEntry key={certification.name} certification={certification} />
        ))}
      </ul>
    </section>
  );
}
