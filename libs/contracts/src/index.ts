export * from './audit';
export * from './check';
export * from './check-vocabulary';
export * from './entity-types';
export * from './errors';
export * from './ministries';
export * from './plan';
export * from './roles';
