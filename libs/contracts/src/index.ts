export * from './audit';
export * from './entity-types';
export * from './errors';
export * from './ministries';
export * from './plan';
export * from './review';
export * from './roles';
