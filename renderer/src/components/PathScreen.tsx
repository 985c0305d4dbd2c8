import { lazy, Suspense } from 'react';
import type { PathDetail, PathSection } from '../../../shared/domain';
import { navigationStore } from '../app/appStores';
import { formatInstant } from '../lib/dates';
import { CertificationList } from './CertificationList';
import { loadMarkdownContent } from './loadMarkdownContent';
import { Loading } from './LoadState';
import { PathSummaryAside } from './PathSummaryAside';
import { placePlanSections } from './pathDisplay';
import { ProjectIdeaList } from './ProjectIdeaList';
import { RelatedPathsPanel } from './RelatedPathsPanel';
import { ScreenHeading } from './ScreenHeading';
import { ToolGroupList } from './ToolGroupList';
import { WithOpenPath } from './WithOpenPath';

// The markdown renderer is the largest part of the page's code and only this screen needs it.
const MarkdownContent = lazy(() =>
  loadMarkdownContent().then((module) => ({ default: module.MarkdownContent })),
);

export function PathScreen({ pathId }: { pathId: string }) {
  // The screen appears whole once the renderer has loaded (normally long before, while idle).
  return (
    <Suspense fallback={<Loading label="Loading the career path" />}>
      <WithOpenPath pathId={pathId}>{(path) => <PathView path={path} />}</WithOpenPath>
    </Suspense>
  );
}

function ProseSections({ sections }: { sections: PathSection[] }) {
  return sections.map((section, index) => (
    <section className="path-section" key={`${index}-${section.heading}`}>
      <h2>{section.heading}</h2>
      <MarkdownContent markdown={section.markdown} repeatedHeading={section.heading} />
    </section>
  ));
}

function PathView({ path }: { path: PathDetail }) {
  const { content } = path;
  // Many documents open with the definition the overview was taken from; show it once.
  const overviewIsRepeated =
    content.overview !== '' &&
    content.sections.some((s) => s.markdown.includes(content.overview.slice(0, 80)));
  // A document's own sections already show its certifications, tools and projects; front
  // matter keeps them out of the prose, so they get sections of their own.
  const structured = content.planData === 'front-matter';
  const { before, after } = structured
    ? placePlanSections(content.sections)
    : { before: content.sections, after: [] };
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
          <ProseSections sections={before} />
          {structured && (
            <>
              <CertificationList certifications={content.certifications} />
              <ToolGroupList toolGroups={content.toolGroups} />
              <ProjectIdeaList projects={content.projects} />
            </>
          )}
          <ProseSections sections={after} />
          {path.source === 'imported' && (
            <p className="muted small">Imported {formatInstant(path.importedAt)}</p>
          )}
        </article>
        <div className="path-side">
          <PathSummaryAside path={path} />
          <RelatedPathsPanel />
        </div>
      </div>
    </div>
  );
}
