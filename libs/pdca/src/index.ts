export * from './common.dto';
export * from './plan';
