import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CeilingDatasetRecord } from './entities/ceiling-dataset.entity';
import { CeilingValue } from './entities/ceiling-value.entity';
import { EligibilityExceptionRecord } from './entities/eligibility-exception.entity';
import { RuleSetRecord } from './entities/rule-set.entity';
import { EligibilityController } from './eligibility.controller';
import { EligibilityDataService } from './eligibility-data.service';
import { EligibilityExceptionsService } from './eligibility-exceptions.service';
import { EligibilityQueryService } from './eligibility-query.service';
import { EligibilityRulesController } from './eligibility-rules.controller';
import { EligibilitySeeder } from './eligibility.seeder';
import { FacilityEvaluationService } from './facility-evaluation.service';
import { CeilingDatasetImporter } from './ceiling-dataset.importer';
import { RuleSetDiffService } from './rule-set-diff.service';
import { RuleSetsService } from './rule-sets.service';

export const ELIGIBILITY_ENTITIES = [RuleSetRecord, EligibilityExceptionRecord, CeilingDatasetRecord, CeilingValue];

@Module({
  imports: [TypeOrmModule.forFeature(ELIGIBILITY_ENTITIES)],
  controllers: [EligibilityController, EligibilityRulesController],
  providers: [
    CeilingDatasetImporter,
    EligibilityDataService,
    EligibilityQueryService,
    RuleSetsService,
    RuleSetDiffService,
    EligibilityExceptionsService,
    EligibilitySeeder,
    FacilityEvaluationService,
  ],
  exports: [EligibilityDataService, EligibilitySeeder, CeilingDatasetImporter, FacilityEvaluationService],
})
export class EligibilityModule {}
