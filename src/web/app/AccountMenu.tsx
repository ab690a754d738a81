import { Link, NavLink, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { rememberSession, send, useSession } from '../api/session.js';

/**
 * Sign in, or the signed-in user's links and sign out. In the top bar on wide screens; on a
 * phone the top bar has no room, so the same links sit at the top of the navigation drawer.
 */
export function AccountMenu({ placement }: { placement: 'topbar' | 'drawer' }) {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  if (session.isPending) return null;
  const itemClass = placement === 'topbar' ? 'account-item' : 'nav-account-item';
  if (!session.data) {
    return placement === 'topbar' ? (
      <Link to="/signin" className="topbar-signin">
        Sign in
      </Link>
    ) : null;
  }
  const signOut = () =>
    send(client, 'POST', '/auth/logout').finally(() => {
      rememberSession(client, null);
      void navigate('/');
    });
  const items = (
    <>
      {session.data.user.role === 'admin' && (
        <NavLink to="/admin" className={itemClass}>
          Admin
        </NavLink>
      )}
      <NavLink to="/account" title={session.data.user.email} className={`${itemClass} topbar-name`}>
        {session.data.user.name}
      </NavLink>
      <button type="button" className={`link-button ${itemClass}`} onClick={() => void signOut()}>
        Sign out
      </button>
    </>
  );
  return placement === 'topbar' ? items : <div className="nav-account">{items}</div>;
}
