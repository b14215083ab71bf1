export * from './act';
export * from './check';
export * from './common.dto';
export * from './do';
export * from './notifications';
export * from './plan';
export * from './review';
export * from './shared';
