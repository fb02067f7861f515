import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CeilingDatasetResponse,
  DatasetComparisonQuery,
  DatasetComparisonResponse,
  ELIGIBILITY_ROUTES,
  EligibilityCheckQuery,
  EligibilityCheckResponse,
  EligibilityPrefecturesQuery,
  EligibilityPrefecturesResponse,
  HostTableQuery,
  HostTableResponse,
  WhatIfRequest,
  WhatIfResponse,
} from '@renkei/contract';
import { Access, Public } from '../accounts/access/access.decorators';
import { EligibilityDataService } from './eligibility-data.service';
import { EligibilityQueryService } from './eligibility-query.service';

const routes = ELIGIBILITY_ROUTES;

@ApiTags('eligibility')
@Controller(routes.root)
export class EligibilityController {
  constructor(
    private readonly queries: EligibilityQueryService,
    private readonly data: EligibilityDataService,
  ) {}

  @Public()
  @Get(routes.check)
  @ApiOperation({
    summary: 'Which categories a host facility in an area can take for a year and specialty, with reasons',
  })
  @ApiOkResponse({ description: 'EligibilityCheckResponse' })
  @ApiBadRequestResponse({
    description: 'Unknown parameter, or unknown year / specialty / area / dataset (fieldErrors name it)',
  })
  check(@Query() query: EligibilityCheckQuery): Promise<EligibilityCheckResponse> {
    return this.queries.check(query);
  }

  @Public()
  @Get(routes.prefectures)
  @ApiOperation({
    summary: 'Prefecture-level status of one category for each of the 47 prefectures',
  })
  @ApiOkResponse({ description: 'EligibilityPrefecturesResponse' })
  prefectures(@Query() query: EligibilityPrefecturesQuery): Promise<EligibilityPrefecturesResponse> {
    return this.queries.prefectures(query);
  }

  @Public()
  @Get(routes.datasetComparison)
  @ApiOperation({
    summary: 'Seed 004 p. 11: per specialty, prefectures in (0.7, 0.8] and ≤ 0.7 in each dataset',
  })
  @ApiOkResponse({ description: 'DatasetComparisonResponse' })
  datasetComparison(@Query() query: DatasetComparisonQuery): Promise<DatasetComparisonResponse> {
    return this.queries.datasetComparison(query);
  }

  @Public()
  @Get(routes.hostTable)
  @ApiOperation({
    summary: 'Seed 004 p. 12: host prefectures per category and specialty under the active rule set',
  })
  @ApiOkResponse({ description: 'HostTableResponse' })
  hostTable(@Query() query: HostTableQuery): Promise<HostTableResponse> {
    return this.queries.hostTable(query);
  }

  @Access({ role: 'jmsb' })
  @Post(routes.whatIf)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Host-prefecture counts under changed thresholds or datasets, next to the baseline; saves nothing',
  })
  @ApiOkResponse({ description: 'WhatIfResponse' })
  whatIf(@Body() body: WhatIfRequest): Promise<WhatIfResponse> {
    return this.queries.whatIf(body);
  }

  @Public()
  @Get(routes.ceilingDatasets)
  @ApiOperation({ summary: 'Ceiling datasets, with the sample flag' })
  @ApiOkResponse({ description: 'CeilingDatasetResponse[]' })
  ceilingDatasets(): Promise<CeilingDatasetResponse[]> {
    return this.data.listCeilingDatasets();
  }
}
