import '../styles/about.css';
import { ExternalLink } from './ExternalLink';
import { ScreenHeading } from './ScreenHeading';

/** Replaced at build time with the version in package.json (electron.vite.config.ts). */
declare const __APP_VERSION__: string;

const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

export function AboutScreen() {
  return (
    <div className="screen about-screen">
      <header className="screen-header">
        <div className="about-title">
          <span className="brand-mark about-mark" aria-hidden="true" />
          <div>
            <ScreenHeading>About StudyPath</ScreenHeading>
            <p className="about-version">Version {__APP_VERSION__}</p>
          </div>
        </div>
      </header>

      <section className="card about-section" aria-labelledby="about-what">
        <h2 id="about-what">What StudyPath is</h2>
        <p>
          StudyPath is a study planner for people working towards a job in technology. Its library of career
          paths shows what each role asks for: the certifications worth earning, the tools to learn and the
          projects that make a good portfolio. Choose a path and StudyPath turns it into your own checklist
          with due dates and reminders, keeps your progress, and prints the plan as a PDF. Everything stays on
          this computer and works without an internet connection.
        </p>
      </section>

      <section className="card about-section" aria-labelledby="about-content">
        <h2 id="about-content">Where the career paths come from</h2>
        <p>
          The facts in the bundled career paths come from the career guidance series of the{' '}
          <strong>National Digital Capacity Library (Sri Lanka)</strong>, used under the{' '}
          <ExternalLink href={CC_BY_URL}>Creative Commons Attribution 4.0 licence (CC BY 4.0)</ExternalLink>.
          StudyPath tells them in its own words: the wording is StudyPath’s, not the library’s.
        </p>
      </section>

      <section className="card about-section" aria-labelledby="about-software">
        <h2 id="about-software">Open-source software</h2>
        <p>
          StudyPath is built on open-source software, including Electron (which contains Chromium), React,
          zustand, better-sqlite3, date-fns, react-markdown, gray-matter and zod. Each is used under its own
          licence, most of them the MIT licence. The licence files of Electron and Chromium are installed
          together with the app.
        </p>
      </section>
    </div>
  );
}
