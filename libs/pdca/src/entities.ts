import { ACT_ENTITIES } from './act/act.entities';
import { CHECK_ENTITIES } from './check/check.module';
import { DO_ENTITIES } from './do';
import { NOTIFICATION_ENTITIES } from './notifications';
import { PLAN_ENTITIES } from './plan';
import { REVIEW_ENTITIES } from './review';
import { SHARED_ENTITIES } from './shared/timeline.module';

/** Every entity of the PDCA stages, for the migration CLI's data source. */
export const PDCA_ENTITIES = [
  ...PLAN_ENTITIES,
  ...DO_ENTITIES,
  ...CHECK_ENTITIES,
  ...ACT_ENTITIES,
  ...SHARED_ENTITIES,
  ...REVIEW_ENTITIES,
  ...NOTIFICATION_ENTITIES,
];
