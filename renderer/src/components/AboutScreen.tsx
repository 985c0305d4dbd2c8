import { ScreenHeading } from './ScreenHeading';

export function AboutScreen() {
  return (
    <div className="screen about-screen">
      <header className="screen-header">
        <ScreenHeading>About StudyPath</ScreenHeading>
      </header>
    </div>
  );
}
