import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DATASET_CODE_PATTERN,
  PREFECTURE_CODE_PATTERN,
  PrefectureDetailResponse,
  PrefectureResponse,
  ROUTES,
  SpecialtyResponse,
  SufficiencyDatasetQuery,
  SufficiencyDatasetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';
import { Public } from '../accounts/access/access.decorators';
import { PatternPipe } from '../common/http/pattern.pipe';
import { ReferenceDataService } from './reference-data.service';

const { reference } = ROUTES;

@ApiTags('reference data')
@Public()
@Controller(reference.root)
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get(reference.prefectures)
  @ApiOperation({
    summary: 'The 47 prefectures with their physician distribution index (2024) and class',
  })
  @ApiOkResponse({ description: 'PrefectureResponse[] in code order' })
  listPrefectures(): Promise<PrefectureResponse[]> {
    return this.referenceData.listPrefectures();
  }

  @Get(`${reference.prefectures}/:code`)
  @ApiOperation({
    summary: 'One prefecture with its secondary medical areas and their physician-scarce designation',
  })
  @ApiOkResponse({ description: 'PrefectureDetailResponse' })
  @ApiNotFoundResponse({ description: 'No prefecture has this code' })
  getPrefecture(
    @Param('code', new PatternPipe('code', PREFECTURE_CODE_PATTERN, 'a two-digit prefecture code such as 02'))
    code: string,
  ): Promise<PrefectureDetailResponse> {
    return this.referenceData.getPrefecture(code);
  }

  @Get(reference.specialties)
  @ApiOperation({ summary: 'The 19 basic specialties (基本領域)' })
  @ApiOkResponse({ description: 'SpecialtyResponse[]' })
  listSpecialties(): Promise<SpecialtyResponse[]> {
    return this.referenceData.listSpecialties();
  }

  @Get(reference.sufficiencyDatasets)
  @ApiOperation({ summary: 'Current sufficiency ratio datasets' })
  @ApiOkResponse({ description: 'SufficiencyDatasetSummaryResponse[]' })
  listSufficiencyDatasets(): Promise<SufficiencyDatasetSummaryResponse[]> {
    return this.referenceData.listSufficiencyDatasets();
  }

  @Get(`${reference.sufficiencyDatasets}/:code`)
  @ApiOperation({
    summary: 'The bands (or exact values) of one dataset, per prefecture',
  })
  @ApiOkResponse({ description: 'SufficiencyDatasetResponse' })
  @ApiNotFoundResponse({ description: 'No dataset has this code' })
  getSufficiencyDataset(
    @Param('code', new PatternPipe('code', DATASET_CODE_PATTERN, 'a dataset code such as 2022'))
    code: string,
    @Query() query: SufficiencyDatasetQuery,
  ): Promise<SufficiencyDatasetResponse> {
    return this.referenceData.getSufficiencyDataset(code, query.specialty);
  }
}
