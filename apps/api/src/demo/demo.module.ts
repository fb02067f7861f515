import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { HostDirectoryModule } from '../hosts/directory/host-directory.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoRoundSeeder } from './demo-round.seeder';

@Module({ imports: [EligibilityModule, HostDirectoryModule], providers: [DemoDataSeeder, DemoRoundSeeder], exports: [DemoDataSeeder] })
export class DemoModule {}
