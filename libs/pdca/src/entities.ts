import { NOTIFICATION_ENTITIES } from './notifications';
import { PLAN_ENTITIES } from './plan';
import { REVIEW_ENTITIES } from './review';

/** Every entity of the PDCA stages, for the migration CLI's data source. */
export const PDCA_ENTITIES = [...PLAN_ENTITIES, ...REVIEW_ENTITIES, ...NOTIFICATION_ENTITIES];
