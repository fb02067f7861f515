import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { AnalyticsExportsService } from './analytics-exports.service';
import { AnalyticsRoundService } from './analytics-round.service';
import { AnalyticsController } from './analytics.controller';
import { CapacityDemandService } from './capacity-demand.service';
import { ConcentrationService } from './concentration.service';
import { FunnelService } from './funnel.service';

/** Read-only views over a round: where the chain breaks, capacity vs demand, concentration. */
@Module({
  imports: [EligibilityModule],
  controllers: [AnalyticsController],
  providers: [AnalyticsRoundService, FunnelService, CapacityDemandService, ConcentrationService, AnalyticsExportsService],
})
export class AnalyticsModule {}
