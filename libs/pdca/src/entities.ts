import { CHECK_ENTITIES } from './check/check.module';
import { PLAN_ENTITIES } from './plan';
import { SHARED_ENTITIES } from './shared/timeline.module';

/** Every entity of the PDCA stages, for the migration CLI's data source. */
export const PDCA_ENTITIES = [...PLAN_ENTITIES, ...CHECK_ENTITIES, ...SHARED_ENTITIES];
