// Sign in, sign up (optionally with an invite) and set a new password from a reset link.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { fieldErrors, rememberSession, send, type Session } from '../../api/session.js';
import { Field, FormError } from '../../app/forms.js';

function useSubmit<T>(run: () => Promise<T>, done: (value: T) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    run().then(
      (value) => {
        setBusy(false);
        done(value);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return { onSubmit, error, busy };
}

export function SignInPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useSubmit(
    () => send<Session>(client, 'POST', '/auth/login', { email, password }),
    (session) => {
      rememberSession(client, session);
      void navigate('/');
    },
  );
  const fields = fieldErrors(form.error);
  return (
    <article className="auth-page">
      <h1 tabIndex={-1}>Sign in</h1>
      <form onSubmit={form.onSubmit} noValidate>
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        {Object.keys(fields).length === 0 && <FormError error={form.error} />}
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted">
        No account yet? <Link to="/signup">Create one</Link>. Forgot your password? Ask an admin for
        a reset link.
      </p>
    </article>
  );
}

export function SignUpPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const inviteToken = params.get('invite') ?? undefined;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useSubmit(
    () =>
      send<Session>(client, 'POST', '/auth/signup', {
        name,
        email,
        password,
        ...(inviteToken ? { inviteToken } : {}),
      }),
    (session) => {
      rememberSession(client, session);
      void navigate('/');
    },
  );
  const fields = fieldErrors(form.error);
  return (
    <article className="auth-page">
      <h1 tabIndex={-1}>Create your account</h1>
      {inviteToken && <p className="muted">You were invited: this link creates one account.</p>}
      <form onSubmit={form.onSubmit} noValidate>
        <Field
          label="Name"
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters; common passwords are refused."
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        {Object.keys(fields).length === 0 && <FormError error={form.error} />}
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <p className="muted">
        Already have an account? <Link to="/signin">Sign in</Link>.
      </p>
    </article>
  );
}

export function ResetPasswordPage() {
  const client = useQueryClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const form = useSubmit(
    () => send<null>(client, 'POST', '/auth/reset-password', { token, password }),
    () => {
      rememberSession(client, null);
      setDone(true);
    },
  );
  const fields = fieldErrors(form.error);
  if (done) {
    return (
      <article className="auth-page">
        <h1 tabIndex={-1}>Password changed</h1>
        <p>
          Every session of this account has been signed out. <Link to="/signin">Sign in</Link> with
          the new password.
        </p>
      </article>
    );
  }
  return (
    <article className="auth-page">
      <h1 tabIndex={-1}>Set a new password</h1>
      {!token && (
        <p className="form-error">
          This page needs the link an admin gave you (it ends in ?token=…).
        </p>
      )}
      <form onSubmit={form.onSubmit} noValidate>
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters; common passwords are refused."
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        {!fields.password && <FormError error={form.error} />}
        <button type="submit" className="button button-primary" disabled={form.busy || !token}>
          Set password
        </button>
      </form>
    </article>
  );
}
