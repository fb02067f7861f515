import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  FACILITY_ROUTES,
  FacilityQuery,
  FacilityRequest,
  FacilityResponse,
  FacilitySearchQuery,
  FacilitySearchResult,
  UpdateFacilityRequest,
} from '@renkei/contract';
import { Access, Public } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { FacilitiesService } from './facilities.service';

@ApiTags('facilities')
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Get()
  @Access({ role: 'jmsb' }, { role: 'society' }, { role: 'prefecture' }, { role: 'base-facility' }, { role: 'host-facility' })
  @ApiOperation({
    summary: 'Facilities the caller may see (JMSB and societies: all; prefecture: its own; facility users: their facility)',
  })
  list(@CurrentUser() user: CurrentUserContext, @Query() query: FacilityQuery): Promise<FacilityResponse[]> {
    return this.facilities.list(user, query);
  }

  // Declared before `:id`, which would otherwise take "search" for an id.
  @Public()
  @Get(FACILITY_ROUTES.search)
  @ApiOperation({
    summary: 'Public look-up of facilities by name or facility code (a few public fields; at most 20 results)',
  })
  search(@Query() query: FacilitySearchQuery): Promise<FacilitySearchResult[]> {
    return this.facilities.search(query);
  }

  @Get(':id')
  @Access({ role: 'jmsb' }, { role: 'society' }, { role: 'prefecture' }, { role: 'base-facility' }, { role: 'host-facility' })
  @ApiOperation({ summary: 'One facility (404 outside the caller’s scope)' })
  get(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string): Promise<FacilityResponse> {
    return this.facilities.get(user, id);
  }

  @Post()
  @Access({ role: 'jmsb' }, { role: 'prefecture' })
  @ApiOperation({
    summary: 'Register a facility (a prefecture officer: in their prefecture)',
  })
  create(@CurrentUser() user: CurrentUserContext, @Body() body: FacilityRequest): Promise<FacilityResponse> {
    return this.facilities.create(user, body);
  }

  @Put(':id')
  @Access({ role: 'jmsb' }, { role: 'prefecture' })
  @ApiOperation({
    summary: 'Edit a facility; 409 when someone saved it since `version`',
  })
  update(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateFacilityRequest,
  ): Promise<FacilityResponse> {
    return this.facilities.update(user, id, body);
  }
}
