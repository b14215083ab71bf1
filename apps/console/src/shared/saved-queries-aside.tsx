import { Card, CardContent } from '@mui/material';
import { SavedQueriesList } from 'react-admin';

/**
 * The list's saved queries beside it: the filter button saves the current filters and sort
 * under a name (react-admin's store, per browser), this sidebar applies them in one click.
 */
export const SavedQueriesAside = () => (
  <Card sx={{ order: -1, mr: 2, mt: 8, width: 220, flexShrink: 0, alignSelf: 'flex-start' }}>
    <CardContent>
      <SavedQueriesList />
    </CardContent>
  </Card>
);
