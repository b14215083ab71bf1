export * from './common.dto';
export * from './do';
export * from './plan';
