export * from './check';
export * from './notifications';
export * from './plan';
export * from './review';
export * from './shared';
