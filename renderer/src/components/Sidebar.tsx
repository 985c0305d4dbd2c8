import { useStore } from 'zustand';
import { remindersStore } from '../app/appStores';
import { NavLink } from './NavLink';
import { PlanList } from './PlanList';

export function Sidebar() {
  const overdueCount = useStore(remindersStore, (s) => s.overview.overdue.length);
  return (
    <nav className="sidebar" aria-label="Main">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        StudyPath
      </p>
      <ul className="nav-list">
        <li>
          <NavLink route={{ screen: 'library' }}>Library</NavLink>
        </li>
        <li>
          <NavLink route={{ screen: 'upcoming' }}>
            Upcoming
            {overdueCount > 0 && (
              <span className="badge badge-alert">
                {overdueCount}
                <span className="sr-only"> overdue</span>
              </span>
            )}
          </NavLink>
        </li>
        <li>
          <NavLink route={{ screen: 'activity' }}>Activity</NavLink>
        </li>
      </ul>
      <h2 className="sidebar-heading">My plans</h2>
      <PlanList />
      <ul className="nav-list nav-list-footer">
        <li>
          <NavLink route={{ screen: 'data' }}>Backups &amp; data</NavLink>
        </li>
        <li>
          <NavLink route={{ screen: 'preferences' }}>Preferences</NavLink>
        </li>
        <li>
          <NavLink route={{ screen: 'about' }}>About</NavLink>
        </li>
      </ul>
    </nav>
  );
}
