import { Module } from '@nestjs/common';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { ConnectionRequestsService } from './connection-requests.service';
import { LedgerService } from './ledger.service';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';

/** Connection programs of base facilities, their requests to published hosts, and each host's capacity ledger. */
@Module({
  imports: [EligibilityModule],
  controllers: [ProgramsController],
  providers: [ProgramsService, ConnectionRequestsService, LedgerService],
})
export class ProgramsModule {}
