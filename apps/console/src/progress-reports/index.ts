import ReportIcon from '@mui/icons-material/Assessment';
import type { ConsoleResource } from '../resource';
import { ProgressReportCreate } from './progress-report-create';
import { ProgressReportList } from './progress-report-list';
import { ProgressReportShow } from './progress-report-show';

export const progressReports: ConsoleResource = {
  name: 'progress-reports',
  section: 'do',
  icon: ReportIcon,
  // Submitted reports never change: a correction is a new report (the `correct` move).
  access: {
    read: 'measures.read',
    write: 'measures.report',
    moves: { correct: 'measures.report' },
  },
  list: ProgressReportList,
  show: ProgressReportShow,
  create: ProgressReportCreate,
  recordRepresentation: 'period',
};
