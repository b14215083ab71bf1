import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Sober colours and fonts that render Japanese well on every platform. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#1a3a6b' },
    secondary: { main: '#2f6db5' },
    background: { default: '#f5f6f8' },
    // MUI's default warning orange gives white text a contrast below 4.5:1 (WCAG AA).
    warning: { main: '#9a5b00', contrastText: '#ffffff' },
  },
  typography: {
    fontFamily: [
      '"Hiragino Sans"',
      '"Hiragino Kaku Gothic ProN"',
      '"Noto Sans JP"',
      '"Yu Gothic UI"',
      'Meiryo',
      '"IPAPGothic"',
      'system-ui',
      'sans-serif',
    ].join(','),
  },
  components: {
    ...defaultTheme.components,
    MuiTextField: { defaultProps: { variant: 'outlined' as const } },
    MuiFormControl: { defaultProps: { variant: 'outlined' as const } },
  },
};
