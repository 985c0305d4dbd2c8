import { useId } from 'react';
import type { ProjectIdea } from '../../../shared/domain';
import { formatHours } from './pathDisplay';

function ProjectEntry({ project }: { project: ProjectIdea }) {
  const deliverablesId = useId();
  return (
    <li className="plan-entry">
      <div className="plan-entry-head">
        <h3>{project.title}</h3>
        {project.hours !== null && <span className="badge">{formatHours(project.hours)}</span>}
      </div>
      {project.description !== '' && <p className="plan-entry-text">{project.description}</p>}
      {project.deliverables.length > 0 && (
        <>
          <p className="deliverables-label" id={deliverablesId}>
            What to show at the end
          </p>
          <ul className="deliverables" aria-labelledby={deliverablesId}>
            {project.deliverables.map((deliverable) => (
              <li key={deliverable}>{deliverable}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Portfolio projects of a path that gives them as structured data. */
export function ProjectIdeaList({ projects }: { projects: ProjectIdea[] }) {
  if (projects.length === 0) return null;
  return (
    <section className="path-section plan-data-section" aria-labelledby="path-projects">
      <h2 id="path-projects">
        Portfolio projects <span className="count">{projects.length}</span>
      </h2>
      <ul className="plan-entries">
        {projects.map((project) => (
          <ProjectEntry key={project.title} project={project} />
        ))}
      </ul>
    </section>
  );
}
