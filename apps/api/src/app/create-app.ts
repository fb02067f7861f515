import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@renkei/contract';
import { applySecurityHeaders } from '../common/security/security-headers';
import { appConfig, AppConfig } from '../config/app.config';
import { ApiExceptionFilter } from '../common/http/api-exception.filter';
import { createValidationPipe } from '../common/http/validation.exception';
import { SchemaMigrator, withStartupLock } from '../database/schema-migrator';
import { DemoDataSeeder } from '../demo/demo-data.seeder';
import { EligibilitySeeder } from '../eligibility/eligibility.seeder';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { ReferenceDataLoader } from '../reference-data/reference-data.loader';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

/** Applies the HTTP conventions every instance shares (also used by the integration tests). */
export function configureApp(app: NestExpressApplication): void {
  applySecurityHeaders(app, app.get<AppConfig>(appConfig.KEY).corsOrigins);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [{ path: '/', method: RequestMethod.GET }],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useBodyParser('json', { limit: '1mb' });
  app.use(cookieParser());
  // Behind a proxy on the same host, trust its X-Forwarded-* (for the client IP and https).
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('renkei API')
      .setDescription('Matching platform for specialty-training connection programs (専門研修 連携プログラム)')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
}

/** Creates the app, brings the schema up to date and loads reference data; does not listen. */
export async function createApp(options: { logger?: false; seedDemo?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, options.logger === false ? { logger: false } : {});
  configureApp(app);
  await app.get(SchemaMigrator).migrate();
  await app.get(ReferenceDataLoader).load();
  await app.get(EligibilitySeeder).seed();
  // Rounds published before the host directory existed get their listings once.
  const dataSource = app.get(DataSource);
  await withStartupLock(dataSource, () => dataSource.transaction((manager) => app.get(HostListingIndexer).indexUnindexedRounds(manager)));
  if (options.seedDemo) {
    await app.get(DemoDataSeeder).seed();
  }
  return app;
}
