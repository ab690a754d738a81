// The frame of every page: a top bar, the program navigation (a drawer on narrow screens)
// and the page itself. A skip link lets keyboard users jump straight to the content.
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useProgram } from '../api/client.js';
import { ThemeToggle } from './ThemeToggle.js';
import { AccountMenu } from './AccountMenu.js';
import { SearchBox } from '../search/SearchBox.js';

export function Layout() {
  const location = useLocation();
  // The drawer belongs to the page it was opened on: navigating closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  // After an in-app navigation (not the first load), start at the top and move focus to the
  // new page's heading, as a full page load would for a screen reader.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className={`shell${menuOpen ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="program-nav"
          onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
        >
          <span aria-hidden="true">☰</span> <span className="menu-button-text">Menu</span>
        </button>
        <Link to="/" className="brand">
          Stafflab
        </Link>
        <SearchBox />
        <nav className="topbar-links" aria-label="Site">
          <NavLink to="/reviews" className="topbar-reviews">
            Reviews
          </NavLink>
          <NavLink to="/docs/api" className="topbar-api">
            API
          </NavLink>
          <AccountMenu placement="topbar" />
        </nav>
        <ThemeToggle />
      </header>
      <ProgramNav />
      <main id="main" className="main">
        <Outlet />
      </main>
    </div>
  );
}

function ProgramNav() {
  const program = useProgram();
  return (
    <nav id="program-nav" className="program-nav" aria-label="Program">
      <AccountMenu placement="drawer" />
      {program.isPending && <p className="muted nav-status">Loading the program…</p>}
      {program.isError && <p className="nav-status">The program could not be loaded.</p>}
      {program.data?.modules.map((module) => (
        <section key={module.id} className="nav-module" aria-labelledby={`nav-${module.id}`}>
          <h2 id={`nav-${module.id}`} className="nav-module-title">
            {module.title}
          </h2>
          <ul>
            {module.weeks.map((week) => (
              <li key={week.number}>
                <NavLink to={`/weeks/${week.number}`} className="nav-week">
                  <span className="nav-week-number">W{week.number}</span>
                  <span>{week.title}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
