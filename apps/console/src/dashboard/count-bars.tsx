import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

export interface CountBar {
  key: string;
  n: number;
  /** Translation key of the bar's label. */
  label: string;
  colour: string;
  /** The filtered list the bar opens (none: not clickable). */
  to?: string | null;
}

/**
 * A small horizontal bar chart of counts, drawn with MUI boxes (no chart library needed for
 * a handful of bars). Each bar is a link to the list it counts; the figure is also text, so
 * the chart reads without seeing the bars.
 */
export const CountBars = ({ title, bars }: { title: string; bars: CountBar[] }) => {
  const translate = useTranslate();
  const max = Math.max(1, ...bars.map((b) => b.n));
  const headingId = `bars-${title.replace(/\W+/g, '-')}`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="overline" component="h3" id={headingId}>
        {translate(title)}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {bars.map((bar) => {
          const text = translate('tracker.dashboard_dc.chart_label', {
            label: translate(bar.label),
            count: bar.n.toLocaleString('en-US'),
          });
          const row = (
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: '12rem 1fr',
                gap: 1,
                alignItems: 'center',
              }}
            >
              <Typography variant="body2" noWrap title={text}>
                {text}
              </Typography>
              <Box
                aria-hidden
                sx={{
                  height: 12,
                  width: `${Math.max(bar.n ? 2 : 0, (bar.n / max) * 100)}%`,
                  bgcolor: bar.colour,
                  borderRadius: 1,
                }}
              />
            </Box>
          );
          return (
            <Box component="li" key={bar.key} sx={{ py: 0.25 }} data-bar={bar.key}>
              {bar.to ? (
                <Link to={bar.to} style={{ color: 'inherit', textDecoration: 'none' }}>
                  {row}
                </Link>
              ) : (
                row
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
