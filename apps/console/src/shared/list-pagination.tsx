import { Pagination, useListContext, useTranslate } from 'react-admin';
import { rangeLabel } from './list-range';

/** react-admin's pagination that says "about N" when the total is the API's estimate. */
export const TrackerPagination = () => {
  const translate = useTranslate();
  const { meta } = useListContext();
  const estimated = (meta as { totalIsEstimate?: boolean } | undefined)?.totalIsEstimate === true;
  // Pagination hands unknown props on to MUI's TablePagination, whose label this replaces.
  const label = {
    labelDisplayedRows: (range: { from: number; to: number; count: number }) =>
      rangeLabel(range, estimated, translate),
  };
  return <Pagination rowsPerPageOptions={[10, 25, 50, 100]} {...label} />;
};
