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
import { SearchPage } from './pages/SearchPage.js';
import { PlanPage } from './pages/plan/PlanPage.js';
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
      // The review pages load on demand: the statistics bring uPlot with them.
      {
        path: '/reviews',
        lazy: () =>
          import('./pages/reviews/ReviewsPage.js').then((m) => ({ Component: m.ReviewsPage })),
        hydrateFallbackElement: <Loading what="your reviews" />,
      },
      {
        path: '/reviews/stats',
        lazy: () =>
          import('./pages/reviews/ReviewStatsPage.js').then((m) => ({
            Component: m.ReviewStatsPage,
          })),
        hydrateFallbackElement: <Loading what="your statistics" />,
      },
      {
        path: '/reviews/deck',
        lazy: () => import('./pages/reviews/DeckPage.js').then((m) => ({ Component: m.DeckPage })),
        hydrateFallbackElement: <Loading what="your deck" />,
      },
      // The self-assessments and the diagnostic load on demand, with their own styles.
      {
        path: '/assessments/level',
        lazy: () =>
          import('./pages/assessments/LevelAssessmentPage.js').then((m) => ({
            Component: m.LevelAssessmentPage,
          })),
        hydrateFallbackElement: <Loading what="the self-assessment" />,
      },
      {
        path: '/assessments/archetypes',
        lazy: () =>
          import('./pages/assessments/ArchetypeAssessmentPage.js').then((m) => ({
            Component: m.ArchetypeAssessmentPage,
          })),
        hydrateFallbackElement: <Loading what="the questionnaire" />,
      },
      {
        path: '/diagnostic',
        lazy: () =>
          import('./pages/assessments/DiagnosticPage.js').then((m) => ({
            Component: m.DiagnosticPage,
          })),
        hydrateFallbackElement: <Loading what="the diagnostic" />,
      },
      {
        path: '/diagnostic/:form',
        lazy: () =>
          import('./pages/assessments/DiagnosticFormPage.js').then((m) => ({
            Component: m.DiagnosticFormPage,
          })),
        hydrateFallbackElement: <Loading what="the diagnostic" />,
      },
      { path: '/search', element: <SearchPage /> },
      { path: '/docs/api', element: <ApiDocsPage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '/plan', element: <PlanPage /> },
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
