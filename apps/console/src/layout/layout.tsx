import { Typography } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import {
  AppBar,
  Layout,
  LocalesMenuButton,
  LoadingIndicator,
  TitlePortal,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { NotificationsBadge } from '../notifications/notifications-badge';
import { TrackerMenu } from './menu';

/** The app's name, the page title, then the language switch (日本語 / English). */
const TrackerAppBar = () => {
  const translate = useTranslate();
  return (
    <AppBar
      color="primary"
      toolbar={
        <>
          <NotificationsBadge />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Typography component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap' }}>
        {translate('tracker.app.short_title')}
      </Typography>
      <TitlePortal />
    </AppBar>
  );
};

/** Screen readers and the browser tab follow the language switch. */
const useDocumentLanguage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('tracker.app.title');
  }, [locale, translate]);
};

export const TrackerLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <Layout appBar={TrackerAppBar} menu={TrackerMenu}>
      {children}
    </Layout>
  );
};
