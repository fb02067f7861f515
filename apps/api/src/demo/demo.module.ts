import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoRoundSeeder } from './demo-round.seeder';

@Module({ imports: [EligibilityModule], providers: [DemoDataSeeder, DemoRoundSeeder], exports: [DemoDataSeeder] })
export class DemoModule {}
