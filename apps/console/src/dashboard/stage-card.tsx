import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { PdcaStage } from '../i18n/domain-messages';

/** The stage colours of the PDCA wheel, used on the dashboard and in the menu. */
export const STAGE_COLOURS: Record<PdcaStage, string> = {
  plan: '#2f6db5',
  do: '#2e8b57',
  check: '#b7791f',
  act: '#b83f3a',
};

const LETTER: Record<PdcaStage, string> = { plan: 'P', do: 'D', check: 'C', act: 'A' };

interface StageCardProps {
  stage: PdcaStage;
  /** The stage's figures; without them the card says what the stage will show. */
  children?: ReactNode;
}

/** One stage of the PDCA cycle on the dashboard. */
export const StageCard = ({ stage, children }: StageCardProps) => {
  const translate = useTranslate();
  const headingId = `stage-${stage}-title`;
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      sx={{ height: '100%', borderTop: `4px solid ${STAGE_COLOURS[stage]}` }}
      data-stage={stage}
    >
      <CardHeader
        avatar={
          <Box
            aria-hidden
            sx={{
              width: 40,
              height: 40,
              borderRadius: '50%',
              bgcolor: STAGE_COLOURS[stage],
              color: '#fff',
              display: 'grid',
              placeItems: 'center',
              fontWeight: 700,
            }}
          >
            {LETTER[stage]}
          </Box>
        }
        title={
          <Typography variant="h6" component="h2" id={headingId}>
            {translate(`tracker.stage.${stage}.title`)}
          </Typography>
        }
        subheader={translate(`tracker.stage.${stage}.subtitle`)}
        subheaderTypographyProps={{ color: 'text.secondary' }}
      />
      <CardContent>
        {children ?? (
          <Typography variant="body2" color="text.secondary">
            {translate(`tracker.upcoming.${stage}`)}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
