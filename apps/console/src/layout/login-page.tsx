import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's sign-in form under the product's name, with the language switch at hand. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login sx={{ '& .RaLogin-card': { width: 360 } }}>
      <Typography component="h1" variant="h6" align="center" sx={{ px: 2 }}>
        {translate('tracker.app.title')}
      </Typography>
      <LoginForm
        sx={{
          '& .RaLoginForm-content': { width: 'auto' },
          '& .MuiTextField-root': { width: '100%' },
        }}
      />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
