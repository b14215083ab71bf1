import type { ComponentType, ReactElement } from 'react';
import type { RaRecord } from 'react-admin';
import type { ResourceAccess } from './core/access';
import type { PdcaStage } from './i18n/domain-messages';

/**
 * One resource of the console: what a resource folder's index.ts exports and resources.ts
 * lists. `access` decides which users see its menu entry, pages and buttons.
 */
export interface ConsoleResource {
  name: string;
  /** The menu section it appears in. */
  section: PdcaStage | 'admin';
  icon: ComponentType;
  access: ResourceAccess;
  list: ComponentType;
  show?: ComponentType;
  create?: ComponentType;
  edit?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string) | ReactElement;
}
