// Your account: who you are, your data as a download, and erasing the account.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { apiBase } from '../../../api/base.js';
import { rememberSession, send, useSession } from '../../api/session.js';
import { Field, FormError } from '../../app/forms.js';
import { Loading } from '../../app/states.js';

export function AccountPage() {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  if (session.isPending) return <Loading what="your account" />;
  if (!session.data) return <SignInFirst />;
  const { user } = session.data;

  const erase = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    send<null>(client, 'DELETE', '/me', { password }).then(() => {
      rememberSession(client, null);
      void navigate('/');
    }, setError);
  };

  return (
    <article className="account-page">
      <h1 tabIndex={-1}>Your account</h1>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{user.role}</dd>
        </div>
        <div>
          <dt>Member since</dt>
          <dd>{user.createdAt.slice(0, 10)}</dd>
        </div>
      </dl>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Your data</h2>
        <p>Download everything Stafflab stores about you, as JSON.</p>
        <a className="button" href={`${apiBase}/me/export`} download>
          Download my data
        </a>
      </section>
      <section aria-labelledby="delete-title" className="danger-zone">
        <h2 id="delete-title">Delete your account</h2>
        <p>
          This erases your account and everything stored with it. It cannot be undone; download your
          data first if you want to keep it.
        </p>
        <form onSubmit={erase} noValidate>
          <Field
            label="Your password, to confirm"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <FormError error={error} />
          <button type="submit" className="button button-danger" disabled={password === ''}>
            Delete my account
          </button>
        </form>
      </section>
    </article>
  );
}

export function SignInFirst() {
  return (
    <div className="state">
      <h1 tabIndex={-1}>Sign in first</h1>
      <p>
        This page belongs to an account. <Link to="/signin">Sign in</Link> or{' '}
        <Link to="/signup">create an account</Link>.
      </p>
    </div>
  );
}
