// The shell around every screen: brand, navigation (sidebar on wide screens, bottom bar on phones),
// and the main landmark.
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { LogoMark } from '../components/icons.tsx';
import { NAV_ITEMS, type NavItem } from './nav-items.ts';

function NavLink({ item, current }: { item: NavItem; current: boolean }) {
  return (
    <Link href={item.path} className="nav-link" aria-current={current ? 'page' : undefined}>
      <span className="nav-icon">
        <item.Icon />
      </span>
      <span className="nav-label">{item.label}</span>
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const current = NAV_ITEMS.find((i) => i.path === location);

  useEffect(() => {
    document.title = current && current.path !== '/' ? `${current.label} · CSS Recall` : 'CSS Recall';
  }, [current]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand" aria-label="CSS Recall home">
          <LogoMark />
          <span className="brand-name">
            CSS <b>Recall</b>
          </span>
        </Link>
        <nav className="nav nav-secondary" aria-label="Tools">
          {NAV_ITEMS.filter((i) => !i.primary).map((item) => (
            <NavLink key={item.path} item={item} current={item.path === location} />
          ))}
        </nav>
      </header>
      <nav className="nav nav-primary" aria-label="Main">
        {NAV_ITEMS.filter((i) => i.primary).map((item) => (
          <NavLink key={item.path} item={item} current={item.path === location} />
        ))}
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
