// Running the installation: users (role, active), password-reset links and invites.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson } from '../../api/client.js';
import { send, useSession, type SessionUser } from '../../api/session.js';
import { FormError } from '../../app/forms.js';
import { LoadError, Loading } from '../../app/states.js';
import { SignInFirst } from './AccountPage.js';

interface AdminUser extends SessionUser {
  deactivatedAt: string | null;
}
interface Link {
  url: string;
  expiresAt: string;
}
const roles = ['learner', 'mentor', 'admin'] as const;

export function AdminPage() {
  const session = useSession();
  if (session.isPending) return <Loading what="the admin page" />;
  if (!session.data) return <SignInFirst />;
  if (session.data.user.role !== 'admin') {
    return (
      <div className="state">
        <h1 tabIndex={-1}>Admins only</h1>
        <p>This page manages users and invites; your account is a {session.data.user.role}.</p>
      </div>
    );
  }
  return (
    <article className="admin-page">
      <h1 tabIndex={-1}>Admin</h1>
      <Invites />
      <Users me={session.data.user.id} />
    </article>
  );
}

function Invites() {
  const client = useQueryClient();
  const [role, setRole] = useState<(typeof roles)[number]>('learner');
  const [link, setLink] = useState<(Link & { role: string }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="invites-title">
      <h2 id="invites-title">Invite someone</h2>
      <p>An invite link creates one account, with the role you choose, within 7 days.</p>
      <div className="inline-form">
        <label>
          Role{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as (typeof roles)[number])}>
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            send<Link & { role: string }>(client, 'POST', '/admin/invites', { role }).then(
              setLink,
              setError,
            )
          }
        >
          Create invite link
        </button>
      </div>
      <FormError error={error} />
      {link && <LinkBox label={`Invite (${link.role})`} link={link} />}
    </section>
  );
}

function Users({ me }: { me: string }) {
  const client = useQueryClient();
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => getJson<{ users: AdminUser[] }>('/admin/users'),
  });
  const [error, setError] = useState<unknown>(null);
  const [reset, setReset] = useState<(Link & { email: string }) | null>(null);
  if (users.isPending) return <Loading what="users" />;
  if (users.isError) return <LoadError error={users.error} />;
  const update = (id: string, body: { role?: string; active?: boolean }) =>
    send(client, 'PATCH', `/admin/users/${id}`, body).then(
      () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
      setError,
    );
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users ({users.data.users.length})</h2>
      <FormError error={error} />
      {reset && <LinkBox label={`Password-reset link for ${reset.email}`} link={reset} />}
      <ul className="user-list">
        {users.data.users.map((user) => (
          <li key={user.id} className={user.deactivatedAt ? 'user-inactive' : undefined}>
            <div>
              <strong>{user.name}</strong> <span className="muted">{user.email}</span>
              {user.deactivatedAt && <span className="chip">deactivated</span>}
            </div>
            <div className="user-actions">
              <label>
                <span className="visually-hidden">Role of {user.name}</span>
                <select
                  value={user.role}
                  onChange={(e) => void update(user.id, { role: e.target.value })}
                >
                  {roles.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </label>
              {user.id !== me && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void update(user.id, { active: user.deactivatedAt !== null })}
                >
                  {user.deactivatedAt ? 'Reactivate' : 'Deactivate'}
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={() =>
                  send<Link>(client, 'POST', `/admin/users/${user.id}/password-reset`).then(
                    (link) => setReset({ ...link, email: user.email }),
                    setError,
                  )
                }
              >
                Reset link
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LinkBox({ label, link }: { label: string; link: Link }) {
  return (
    <div className="link-box" role="status">
      <p>
        <strong>{label}</strong> — works once, until {new Date(link.expiresAt).toLocaleString()}.
        Hand it over privately.
      </p>
      <input
        className="link-input"
        readOnly
        value={link.url}
        aria-label={label}
        onFocus={(e) => e.target.select()}
      />
    </div>
  );
}
