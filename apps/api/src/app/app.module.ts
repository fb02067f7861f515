import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appConfig, databaseConfig, DatabaseConfig } from '../config/app.config';
import { dataSourceOptions } from '../database/data-source';
import { SchemaMigrator } from '../database/schema-migrator';
import { AccountsModule } from '../accounts/accounts.module';
import { AnalyticsModule } from '../analytics/analytics.module';
import { AuditModule } from '../audit/audit.module';
import { DemoModule } from '../demo/demo.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { HealthModule } from '../health/health.module';
import { HostAlertsModule } from '../host-alerts/host-alerts.module';
import { HostsModule } from '../hosts/hosts.module';
import { ImportsModule } from '../imports/imports.module';
import { NominationsModule } from '../nominations/nominations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgramsModule } from '../programs/programs.module';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { WebAppModule } from '../web-app/web-app.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig],
    }),
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (database: DatabaseConfig) => dataSourceOptions(database.url, database.logging),
    }),
    AuditModule,
    NotificationsModule,
    AccountsModule,
    HealthModule,
    DemoModule,
    FacilitiesModule,
    EligibilityModule,
    ImportsModule,
    NominationsModule,
    HostsModule,
    HostAlertsModule,
    ProgramsModule,
    AnalyticsModule,
    ReferenceDataModule,
    WebAppModule,
  ],
  providers: [SchemaMigrator],
})
export class AppModule {}
