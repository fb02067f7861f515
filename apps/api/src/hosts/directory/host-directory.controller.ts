import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HOST_ROUTES, HostSearchQuery, HostSearchResponse, PublicHostResponse } from '@renkei/contract';
import { Public } from '../../accounts/access/access.decorators';
import { HostPageService } from './host-page.service';
import { HostSearchService } from './host-search.service';

@ApiTags('hosts')
@Controller(HOST_ROUTES.hosts)
export class HostDirectoryController {
  constructor(
    private readonly search: HostSearchService,
    private readonly pages: HostPageService,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Search the current round’s published hosts (filters, facet counts, sort, pages)' })
  find(@Query() query: HostSearchQuery): Promise<HostSearchResponse> {
    return this.search.search(query);
  }

  @Public()
  @Get(':facilityId')
  @ApiOperation({ summary: 'A published host’s public page: places with their eligibility, approved profile, prefecture profile' })
  get(@Param('facilityId', ParseUUIDPipe) facilityId: string): Promise<PublicHostResponse> {
    return this.pages.get(facilityId);
  }
}
