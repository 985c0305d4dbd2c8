import type { PathDetail } from '../../../shared/domain';

/** The plannable parts of a path at a glance: what a plan made from it would contain. */
export function PathSummaryAside({ path }: { path: PathDetail }) {
  const { certifications, toolGroups, projects } = path.content;
  return (
    // It scrolls on its own when the path is long, so keyboard users must be able to focus it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <aside className="path-aside" aria-labelledby="path-aside-heading" tabIndex={0}>
      <h2 id="path-aside-heading">In this path</h2>
      <section>
        <h3>
          Certifications <span className="count">{certifications.length}</span>
        </h3>
        {certifications.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <ul className="aside-list">
            {certifications.map((cert) => (
              <li key={cert.name}>{cert.name}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>
          Tools <span className="count">{toolGroups.length}</span>
        </h3>
        {toolGroups.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <dl className="tool-groups">
            {toolGroups.map((group) => (
              <div key={group.name}>
                <dt>{group.name}</dt>
                <dd>{group.tools.join(', ')}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section>
        <h3>
          Projects <span className="count">{projects.length}</span>
        </h3>
        {projects.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <ul className="aside-list">
            {projects.map((project) => (
              <li key={project.title}>{project.title}</li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
