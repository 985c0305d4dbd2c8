import type { PlanItem } from '../../../shared/domain';
import '../styles/tracking.css';
import { CertificationRecord } from './CertificationRecord';
import { DeliverablesChecklist } from './DeliverablesChecklist';
import { EvidenceLinks } from './EvidenceLinks';

/**
 * What an item records beyond its dates: a certification's exam and validity; a project's
 * deliverables; links to the work for projects and the person's own items.
 */
export function ItemTrackingDetails({ idPrefix, item }: { idPrefix: string; item: PlanItem }) {
  const showsEvidence = item.kind === 'project' || item.kind === 'custom' || item.evidence.length > 0;
  return (
    <>
      {item.kind === 'certification' && <CertificationRecord idPrefix={idPrefix} item={item} />}
      {item.kind === 'project' && <DeliverablesChecklist idPrefix={idPrefix} item={item} />}
      {showsEvidence && <EvidenceLinks idPrefix={idPrefix} item={item} />}
    </>
  );
}
