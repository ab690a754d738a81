import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Layout } from './app/Layout.js';
import { applyTheme, watchSystemTheme } from './app/theme.js';
import { Loading, NotFound } from './app/states.js';
import { HomePage } from './pages/HomePage.js';
import { WeekPage } from './pages/WeekPage.js';
import { TopicPage } from './pages/TopicPage.js';
import { ApiDocsPage } from './pages/ApiDocsPage.js';
import { ResetPasswordPage, SignInPage, SignUpPage } from './pages/account/AuthPages.js';
import { AccountPage } from './pages/account/AccountPage.js';
import { AdminPage } from './pages/account/AdminPage.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/pages.css';
import './styles/print.css';

applyTheme();
watchSystemTheme();

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/weeks/:number', element: <WeekPage /> },
      { path: '/topics/:id', element: <TopicPage /> },
      // Loaded on demand: the engine, uPlot and React Flow are only needed on a lab page.
      {
        path: '/labs/:id',
        lazy: () => import('./pages/lab/LabPage.js').then((m) => ({ Component: m.LabPage })),
        hydrateFallbackElement: <Loading what="the lab" />,
      },
      { path: '/docs/api', element: <ApiDocsPage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
