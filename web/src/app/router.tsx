import { createBrowserRouter, Navigate } from 'react-router';
import { useSession } from '@/features/auth/hooks/useSession';
import { AppLayout } from './layout/AppLayout';
import { homePath } from './nav';
import { RequireRole } from './routes/RequireRole';
import { NotFoundPage, WelcomePage } from './routes/misc';
import { ChangePasswordRoute } from './routes/account-password';
import { UsersRoute } from './routes/admin-users';
import { DesignationsRoute } from './routes/admin-designations';
import { ProcessesRoute, ProcessDetailRoute } from './routes/admin-processes';
import { MyWorkRoute } from './routes/my-work';
import { WorkbenchRoute } from './routes/workbench';
import { FilterReviewRoute } from './routes/filter-review';
import { ValidateRoute } from './routes/validate';
import { PanelProcessesRoute, PanelProcessRoute, ReportRoute } from './routes/panel-reports';
import {
  AuditLogRoute,
  ReportViewsRoute,
  UniformityListRoute,
  UniformityRoute,
  VerificationRoute,
} from './routes/auditor';
import {
  ExportsRoute,
  LegalHoldsRoute,
  RecordsRequestRoute,
  RecordsRequestsRoute,
  RetentionRoute,
} from './routes/records';

function Home() {
  const { session } = useSession();
  return <Navigate to={homePath(session.user.roles)} replace />;
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <Home /> },
        { path: 'welcome', element: <WelcomePage /> },
        { path: 'account/password', element: <ChangePasswordRoute /> },
        {
          element: <RequireRole roles={['ADMIN']} />,
          children: [
            { path: 'admin/users', element: <UsersRoute /> },
            { path: 'admin/designations', element: <DesignationsRoute /> },
            { path: 'admin/processes', element: <ProcessesRoute /> },
            { path: 'admin/processes/:id', element: <ProcessDetailRoute /> },
          ],
        },
        {
          element: <RequireRole roles={['SEARCHER']} />,
          children: [
            { path: 'work', element: <MyWorkRoute /> },
            { path: 'vettings/:id', element: <WorkbenchRoute /> },
            { path: 'findings/:id/review', element: <FilterReviewRoute /> },
            { path: 'findings/:id/validate', element: <ValidateRoute /> },
          ],
        },
        {
          element: <RequireRole roles={['PANEL']} />,
          children: [
            { path: 'panel/processes', element: <PanelProcessesRoute /> },
            { path: 'panel/processes/:id', element: <PanelProcessRoute /> },
            { path: 'reports/:id', element: <ReportRoute /> },
          ],
        },
        {
          element: <RequireRole roles={['AUDITOR']} />,
          children: [
            { path: 'audit/uniformity', element: <UniformityListRoute /> },
            { path: 'audit/uniformity/:id', element: <UniformityRoute /> },
            { path: 'audit/log', element: <AuditLogRoute /> },
            { path: 'audit/reports/:id/views', element: <ReportViewsRoute /> },
            { path: 'audit/verification', element: <VerificationRoute /> },
          ],
        },
        {
          element: <RequireRole roles={['RECORDS_CUSTODIAN']} />,
          children: [
            { path: 'records/requests', element: <RecordsRequestsRoute /> },
            { path: 'records/requests/:id', element: <RecordsRequestRoute /> },
            { path: 'records/holds', element: <LegalHoldsRoute /> },
            { path: 'records/retention', element: <RetentionRoute /> },
            { path: 'records/exports', element: <ExportsRoute /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
