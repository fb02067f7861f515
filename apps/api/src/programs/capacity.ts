import { EntityManager } from 'typeorm';
import { ConnectionRequest } from './entities/connection-request.entity';

/** Places taken from a published host row by its accepted requests. */
export async function placesAccepted(manager: EntityManager, publishedHostId: string): Promise<number> {
  const row = await manager
    .createQueryBuilder(ConnectionRequest, 'request')
    .select('COALESCE(SUM(request.placesAccepted), 0)', 'total')
    .where('request.publishedHostId = :publishedHostId', { publishedHostId })
    .andWhere("request.status = 'accepted'")
    .getRawOne<{ total: string }>();
  return Number(row?.total ?? 0);
}
