export * from './notifications';
export * from './plan';
export * from './review';
