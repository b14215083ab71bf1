import { DO_ENTITIES } from './do';
import { PLAN_ENTITIES } from './plan';

/** Every entity of the PDCA stages, for the migration CLI's data source. */
export const PDCA_ENTITIES = [...PLAN_ENTITIES, ...DO_ENTITIES];
