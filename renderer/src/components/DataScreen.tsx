import { BackupsPanel } from './BackupsPanel';
import { DataTransferPanel } from './DataTransferPanel';
import { ScreenHeading } from './ScreenHeading';

/** Everything about keeping progress safe: backups, restore, and moving to another machine. */
export function DataScreen() {
  return (
    <div className="screen data-screen">
      <header className="screen-header">
        <div>
          <ScreenHeading>Backups &amp; data</ScreenHeading>
          <p className="lead">Your plans and progress are stored only on this computer.</p>
        </div>
      </header>
      <BackupsPanel />
      <DataTransferPanel />
    </div>
  );
}
