import { Alert, Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** Where reviewers will find what waits for them; filled when the review tasks API lands. */
export const ReviewInboxPage = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="tracker.review_inbox.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tracker.review_inbox.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('tracker.review_inbox.intro')}</Typography>
        <Alert severity="info">{translate('tracker.review_inbox.upcoming')}</Alert>
      </CardContent>
    </Card>
  );
};
