import CycleIcon from '@mui/icons-material/Autorenew';
import type { ConsoleResource } from '../resource';
import { CycleList } from './cycle-list';
import { CycleShow } from './cycle-show';

export const cycles: ConsoleResource = {
  name: 'cycles',
  section: 'act',
  icon: CycleIcon,
  access: { read: 'cycles.read' },
  list: CycleList,
  show: CycleShow,
  recordRepresentation: (record) => String(record.fiscalYear),
};
