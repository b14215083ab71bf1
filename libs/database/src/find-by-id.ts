import { NotFoundError } from '@tracker/core';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Reads one record by id outside a write, or a 404 naming it (`name`, else its table). */
export async function findByIdOr404<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  target: EntityTarget<T>,
  id: string,
  name?: string,
): Promise<T> {
  const repository = source.getRepository(target);
  const found = await repository.findOneBy({ id } as never);
  if (!found) throw new NotFoundError(name ?? repository.metadata.tableName.replace(/_/g, ' '), id);
  return found;
}
