import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { ApiClient } from './core/api-client';
import { trackerAuthProvider } from './core/auth-provider';
import { trackerDataProvider } from './core/data-provider';
import { sendAnonymousToLogin } from './core/login-redirect';
import { storageSessionStore } from './core/session-store';
import { Dashboard } from './dashboard/dashboard';
import { i18nProvider } from './i18n/i18n-provider';
import { TrackerLayout } from './layout/layout';
import { LoginPage } from './layout/login-page';
import { NotificationsPage } from './notifications/notifications-page';
import { accessOf, RESOURCES } from './resources';
import { ReviewInboxPage } from './review-inbox/review-inbox-page';
import { theme } from './theme';

const sessions = storageSessionStore(window.localStorage);
const client = new ApiClient({
  baseUrl: '/api/v1',
  store: sessions,
  translate: (key, options) => i18nProvider.translate(key, options),
});
sendAnonymousToLogin(sessions);
const dataProvider = trackerDataProvider(client);
const authProvider = trackerAuthProvider(client, accessOf);

export const App = () => (
  <BrowserRouter>
    <Admin
      title="AI推進法 PDCAトラッカー"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={TrackerLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {RESOURCES.map((resource) => (
        <Resource
          key={resource.name}
          name={resource.name}
          icon={resource.icon}
          list={resource.list}
          show={resource.show}
          create={resource.create}
          edit={resource.edit}
          recordRepresentation={resource.recordRepresentation}
        />
      ))}
      <CustomRoutes>
        <Route path="/review-inbox" element={<ReviewInboxPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
      </CustomRoutes>
    </Admin>
  </BrowserRouter>
);
