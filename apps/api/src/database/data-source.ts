import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one DataSource definition, used by the app (through TypeOrmModule) and by the TypeORM CLI. */
export function dataSourceOptions(url: string, logging = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging,
    extra: { application_name: 'renkei' },
  };
}

/** Default export for the TypeORM CLI (`npm run db:migrate`), which runs with DATABASE_URL set. */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://unset'));
