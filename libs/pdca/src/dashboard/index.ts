export * from './dashboard.module';
export * from './dashboard.service';
export * from './dashboard.view';
