import type { PathDetail } from '../../../shared/domain';
import { navigationStore } from '../app/appStores';
import { formatInstant } from '../lib/dates';
import { MarkdownContent } from './MarkdownContent';
import { PathSummaryAside } from './PathSummaryAside';
import { ScreenHeading } from './ScreenHeading';
import { WithOpenPath } from './WithOpenPath';

export function PathScreen({ pathId }: { pathId: string }) {
  return <WithOpenPath pathId={pathId}>{(path) => <PathView path={path} />}</WithOpenPath>;
}

function PathView({ path }: { path: PathDetail }) {
  const { content } = path;
  // Many documents open with the definition the overview was taken from; show it once.
  const overviewIsRepeated =
    content.overview !== '' &&
    content.sections.some((s) => s.markdown.includes(content.overview.slice(0, 80)));
  return (
    <div className="screen path-screen">
      <header className="screen-header">
        <div>
          <p className="breadcrumb">
            <a href="#/library">Library</a>
            <span aria-hidden="true"> / </span>
            <span>{path.source === 'bundled' ? 'Bundled path' : `Imported from ${path.fileName}`}</span>
          </p>
          <ScreenHeading>{content.title}</ScreenHeading>
          {content.description !== '' && <p className="lead">{content.description}</p>}
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => navigationStore.getState().navigate({ screen: 'new-plan', pathId: path.id })}
        >
          Create study plan
        </button>
      </header>

      <div className="path-layout">
        <article className="path-body">
          {content.overview !== '' && !overviewIsRepeated && (
            <section className="path-section">
              <h2>Overview</h2>
              <p>{content.overview}</p>
            </section>
          )}
          {content.sections.map((section, index) => (
            <section className="path-section" key={`${index}-${section.heading}`}>
              <h2>{section.heading}</h2>
              <MarkdownContent markdown={section.markdown} repeatedHeading={section.heading} />
            </section>
          ))}
          {path.source === 'imported' && (
            <p className="muted small">Imported {formatInstant(path.importedAt)}</p>
          )}
        </article>
        <PathSummaryAside path={path} />
      </div>
    </div>
  );
}
