import { useState, type FormEvent } from 'react';
import type { EvidenceKind, PlanItem } from '../../../shared/domain';
import { itemTracking } from '../app/trackingStores';
import { EVIDENCE_KINDS, evidenceKindLabel, evidenceText, evidenceUrlProblem } from '../lib/itemTrackingView';
import { ExternalLink } from './ExternalLink';
import { FieldError } from './FieldError';

/** Where the work can be seen: a repository, a demo, a write-up. Links open in the system browser. */
export function EvidenceLinks({ idPrefix, item }: { idPrefix: string; item: PlanItem }) {
  const [kind, setKind] = useState<EvidenceKind>('repository');
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>(undefined);
  const fieldId = (name: string) => `${idPrefix}-evidence-${name}`;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = evidenceUrlProblem(url);
    setUrlError(problem ?? undefined);
    if (problem !== null) {
      document.getElementById(fieldId('url'))?.focus();
      return;
    }
    if (await itemTracking.addEvidenceLink(item.id, { kind, url: url.trim(), label: label.trim() })) {
      setUrl('');
      setLabel('');
    }
  }

  return (
    <fieldset className="tracking-section evidence">
      <legend>Evidence of your work</legend>
      {item.evidence.length === 0 ? (
        <p className="field-hint">
          Link to the repository, a live demo or a write-up, to show a mentor or employer.
        </p>
      ) : (
        <ul className="evidence-list">
          {item.evidence.map((link) => (
            <li key={link.id}>
              <span className="badge evidence-kind">{evidenceKindLabel(link.kind)}</span>
              <span className="evidence-link">
                <ExternalLink href={link.url}>{evidenceText(link)}</ExternalLink>
              </span>
              <button
                type="button"
                className="button subtle small"
                onClick={() => void itemTracking.deleteEvidenceLink(link.id)}
              >
                Delete<span className="sr-only"> link {evidenceText(link)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-form" noValidate onSubmit={(event) => void add(event)}>
        <div className="field">
          <label htmlFor={fieldId('kind')}>Kind</label>
          <select
            id={fieldId('kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as EvidenceKind)}
          >
            {EVIDENCE_KINDS.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={fieldId('url')}>Web address</label>
          <input
            id={fieldId('url')}
            type="url"
            inputMode="url"
            value={url}
            maxLength={2000}
            placeholder="https://"
            aria-invalid={urlError !== undefined}
            aria-describedby={urlError === undefined ? undefined : fieldId('url-error')}
            onChange={(event) => {
              setUrl(event.target.value);
              if (urlError !== undefined) setUrlError(undefined);
            }}
          />
          <FieldError id={fieldId('url-error')} message={urlError} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('label')}>Label (optional)</label>
          <input
            id={fieldId('label')}
            type="text"
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Add link
        </button>
      </form>
    </fieldset>
  );
}
