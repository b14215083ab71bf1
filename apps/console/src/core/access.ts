import type { Permission } from '@tracker/contracts';

/**
 * What a resource asks of the user. `read` covers list, show and export; `write` covers
 * create, edit and delete; `moves` name the permission of each life-cycle move.
 */
export interface ResourceAccess {
  read: Permission;
  write?: Permission;
  moves?: Readonly<Record<string, Permission>>;
}

const READ_ACTIONS = new Set(['list', 'show', 'export']);
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone']);

function permissionFor(access: ResourceAccess, action: string): Permission | undefined {
  if (READ_ACTIONS.has(action)) return access.read;
  if (WRITE_ACTIONS.has(action)) return access.write;
  return access.moves?.[action];
}

/**
 * May the user take `action` on `resource`? Unknown resources and actions are refused, so a
 * new button stays hidden until its permission is declared. This is the user's side only:
 * react-admin caches the answer per record id, so what a record's state allows is checked
 * where the record is rendered (moveAvailable, DraftOnly).
 */
export function canAccess(
  permissions: readonly Permission[],
  access: ResourceAccess | undefined,
  action: string,
): boolean {
  if (!access) return false;
  const needed = permissionFor(access, action);
  return !!needed && permissions.includes(needed);
}

/** The record's side of a move: life-cycle records list the moves allowed now in `actions`. */
export function moveAvailable(record: Record<string, unknown> | undefined, move: string): boolean {
  return Array.isArray(record?.actions) && record.actions.includes(move);
}

/** Whether a move's button shows: the user may make the move and the record allows it now. */
export function showsMove(
  permissions: readonly Permission[],
  access: ResourceAccess | undefined,
  move: string,
  record: Record<string, unknown> | undefined,
): boolean {
  return canAccess(permissions, access, move) && moveAvailable(record, move);
}
