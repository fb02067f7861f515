import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ConnectionRequestsService } from './connection-requests.service';
import { LedgerService } from './ledger.service';
import { ProgramExportsService } from './program-exports.service';
import { ProgramNotifier } from './program-notifier.service';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';
import { RecommendationsService } from './recommendations.service';

/** Connection programs of base facilities, their requests to published hosts, and each host's capacity ledger. */
@Module({
  imports: [EligibilityModule, NotificationsModule],
  controllers: [ProgramsController],
  providers: [ProgramsService, ConnectionRequestsService, LedgerService, RecommendationsService, ProgramExportsService, ProgramNotifier],
})
export class ProgramsModule {}
