export * from './audit';
export * from './do';
export * from './entity-types';
export * from './errors';
export * from './ministries';
export * from './plan';
export * from './roles';
