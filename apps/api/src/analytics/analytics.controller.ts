import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ANALYTICS_ROUTES,
  AnalyticsQuery,
  CapacityDemandResponse,
  ConcentrationQuery,
  ConcentrationResponse,
  FunnelQuery,
  FunnelResponse,
} from '@renkei/contract';
import { Access } from '../accounts/access/access.decorators';
import { AnalyticsExportsService, ExportFile } from './analytics-exports.service';
import { CapacityDemandService } from './capacity-demand.service';
import { ConcentrationService } from './concentration.service';
import { FunnelService } from './funnel.service';

const { funnel, capacityDemand, concentration } = ANALYTICS_ROUTES;

/**
 * The JMSB sees the nation; a prefectural officer only with `prefecture=` their own, a society
 * reviewer only with `specialty=` their own (any other value, or none, is refused).
 */
@ApiTags('analytics')
@Access({ role: 'jmsb' }, { role: 'prefecture', prefectureCode: { query: 'prefecture' } }, { role: 'society', specialtyCode: { query: 'specialty' } })
@Controller(ANALYTICS_ROUTES.root)
export class AnalyticsController {
  constructor(
    private readonly funnels: FunnelService,
    private readonly capacity: CapacityDemandService,
    private readonly concentrations: ConcentrationService,
    private readonly exports: AnalyticsExportsService,
  ) {}

  @Get(funnel)
  @ApiOperation({
    summary: 'Eligible → candidates → confirmed → published → requested → accepted → recruited → rotated, and where each chain breaks',
  })
  funnel(@Query() query: FunnelQuery): Promise<FunnelResponse> {
    return this.funnels.funnel(query);
  }

  @Get(`${funnel}.csv`)
  @ApiOperation({ summary: 'The funnel table as CSV (UTF-8 with BOM, formula-safe)' })
  async funnelCsv(@Query() query: FunnelQuery): Promise<StreamableFile> {
    return download(await this.exports.funnel(query, 'csv'));
  }

  @Get(`${funnel}.xlsx`)
  @ApiOperation({ summary: 'The funnel table as .xlsx' })
  async funnelXlsx(@Query() query: FunnelQuery): Promise<StreamableFile> {
    return download(await this.exports.funnel(query, 'xlsx'));
  }

  @Get(capacityDemand)
  @ApiOperation({ summary: 'Acceptable numbers vs places requested vs accepted, per specialty and block, East vs West' })
  capacityDemand(@Query() query: AnalyticsQuery): Promise<CapacityDemandResponse> {
    return this.capacity.capacityDemand(query);
  }

  @Get(`${capacityDemand}.csv`)
  @ApiOperation({ summary: 'Capacity vs demand as CSV' })
  async capacityDemandCsv(@Query() query: AnalyticsQuery): Promise<StreamableFile> {
    return download(await this.exports.capacityDemand(query, 'csv'));
  }

  @Get(`${capacityDemand}.xlsx`)
  @ApiOperation({ summary: 'Capacity vs demand as .xlsx' })
  async capacityDemandXlsx(@Query() query: AnalyticsQuery): Promise<StreamableFile> {
    return download(await this.exports.capacityDemand(query, 'xlsx'));
  }

  @Get(concentration)
  @ApiOperation({ summary: 'Per prefecture × specialty: the top host’s share and the Herfindahl index, flagged above a threshold' })
  concentration(@Query() query: ConcentrationQuery): Promise<ConcentrationResponse> {
    return this.concentrations.concentration(query);
  }

  @Get(`${concentration}.csv`)
  @ApiOperation({ summary: 'Concentration as CSV' })
  async concentrationCsv(@Query() query: ConcentrationQuery): Promise<StreamableFile> {
    return download(await this.exports.concentration(query, 'csv'));
  }

  @Get(`${concentration}.xlsx`)
  @ApiOperation({ summary: 'Concentration as .xlsx' })
  async concentrationXlsx(@Query() query: ConcentrationQuery): Promise<StreamableFile> {
    return download(await this.exports.concentration(query, 'xlsx'));
  }
}

function download(file: ExportFile): StreamableFile {
  return new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"` });
}
