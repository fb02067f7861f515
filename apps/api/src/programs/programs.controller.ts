import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AcceptConnectionRequest,
  ConnectionCommentRequest,
  CreateProgramRequest,
  DeclineConnectionRequest,
  HostLedgerResponse,
  HostRecommendation,
  PROGRAM_ROUTES,
  ProgramListQuery,
  ProgramResponse,
  RecommendationQuery,
  RecruitmentResultRequest,
  RotationRecordRequest,
  VersionedActionRequest,
} from '@renkei/contract';
import { Request, Response } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { ConnectionRequestsService } from './connection-requests.service';
import { LedgerQuery } from './ledger.query';
import { LedgerService } from './ledger.service';
import { ProgramExportsService } from './program-exports.service';
import { ProgramsService } from './programs.service';
import { RecommendationsService } from './recommendations.service';

const REQUEST = `${PROGRAM_ROUTES.programs}/:id/requests/:requestId`;

/** Connection programs and their requests; every scope check beyond the role is in the services. */
@ApiTags('programs')
@Controller()
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly requests: ConnectionRequestsService,
    private readonly ledgers: LedgerService,
    private readonly recommendations: RecommendationsService,
    private readonly exports: ProgramExportsService,
  ) {}

  @Access({ role: 'base-facility' })
  @Post(PROGRAM_ROUTES.programs)
  @ApiOperation({ summary: 'Register a program in your base facility’s name; each host gets a connection request' })
  create(@CurrentUser() user: CurrentUserContext, @Body() body: CreateProgramRequest, @Req() request: Request): Promise<ProgramResponse> {
    return this.programs.create(user, body, request.ip ?? null);
  }

  @Access({ role: 'base-facility' }, { role: 'host-facility' }, { role: 'prefecture' }, { role: 'jmsb' })
  @Get(PROGRAM_ROUTES.programs)
  @ApiOperation({ summary: 'Programs you may see: your facility’s, those asking your facility, those touching your prefecture (JMSB: all)' })
  list(@CurrentUser() user: CurrentUserContext, @Query() query: ProgramListQuery): Promise<ProgramResponse[]> {
    return this.programs.list(user, query);
  }

  @Access({ role: 'jmsb' })
  @Get(`${PROGRAM_ROUTES.programs}.csv`)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Every program × request as CSV (UTF-8 with BOM, formula-safe), filtered like the list' })
  async csv(
    @CurrentUser() user: CurrentUserContext,
    @Query() query: ProgramListQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const file = await this.exports.csv(user, query);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }

  @Access({ role: 'jmsb' })
  @Get(`${PROGRAM_ROUTES.programs}.xlsx`)
  @ApiOperation({ summary: 'Every program × request as .xlsx (formula-safe), filtered like the list' })
  async xlsx(@CurrentUser() user: CurrentUserContext, @Query() query: ProgramListQuery): Promise<StreamableFile> {
    const file = await this.exports.xlsx(user, query);
    return new StreamableFile(file.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  // Declared before `programs/:id` so `recommendations` is not read as a program id.
  @Access({ role: 'base-facility', facilityId: { query: 'baseFacilityId' } })
  @Get(`${PROGRAM_ROUTES.programs}/recommendations`)
  @ApiOperation({ summary: 'Published hosts your base facility could ask, ranked, each with a short why' })
  recommend(@Query() query: RecommendationQuery): Promise<HostRecommendation[]> {
    return this.recommendations.recommend(query);
  }

  @Access({ role: 'base-facility' }, { role: 'host-facility' }, { role: 'prefecture' }, { role: 'jmsb' })
  @Get(`${PROGRAM_ROUTES.programs}/:id`)
  @ApiOperation({ summary: 'One program with its requests (404 when you may not see it)' })
  get(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string): Promise<ProgramResponse> {
    return this.programs.get(user, id);
  }

  @Access({ role: 'host-facility' })
  @Post(`${REQUEST}/accept`)
  @HttpCode(200)
  @ApiOperation({ summary: 'The host accepts places (never beyond its acceptable number: 409 NO_CAPACITY_LEFT)' })
  accept(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: AcceptConnectionRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.accept(user, id, requestId, body, request.ip ?? null);
  }

  @Access({ role: 'host-facility' })
  @Post(`${REQUEST}/decline`)
  @HttpCode(200)
  @ApiOperation({ summary: 'The host declines, saying why' })
  decline(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: DeclineConnectionRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.decline(user, id, requestId, body, request.ip ?? null);
  }

  @Access({ role: 'base-facility' })
  @Post(`${REQUEST}/withdraw`)
  @HttpCode(200)
  @ApiOperation({ summary: 'The base withdraws a pending or accepted request (its places go back to the host)' })
  withdraw(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.withdraw(user, id, requestId, body.version, request.ip ?? null);
  }

  @Access({ role: 'base-facility' }, { role: 'host-facility' }, { role: 'prefecture' })
  @Post(`${REQUEST}/comments`)
  @ApiOperation({ summary: 'Comment on a request (either facility, or the prefecture of either)' })
  comment(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: ConnectionCommentRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.comment(user, id, requestId, body, request.ip ?? null);
  }

  @Access({ role: 'base-facility' })
  @Post(`${REQUEST}/rotations`)
  @ApiOperation({ summary: 'Record that a resident went to the host (accepted requests only)' })
  rotation(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() body: RotationRecordRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.recordRotation(user, id, requestId, body, request.ip ?? null);
  }

  @Access({ role: 'base-facility' })
  @Put(`${PROGRAM_ROUTES.programs}/:id/results`)
  @ApiOperation({ summary: 'Record how many residents the program recruited' })
  results(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecruitmentResultRequest,
    @Req() request: Request,
  ): Promise<ProgramResponse> {
    return this.requests.recordResult(user, id, body, request.ip ?? null);
  }

  @Access({ role: 'host-facility', facilityId: { param: 'facilityId' } }, { role: 'prefecture' }, { role: 'jmsb' })
  @Get('hosts/:facilityId/ledger')
  @ApiOperation({ summary: 'A host’s capacity ledger for a published round (default: the latest)' })
  ledger(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @Query() query: LedgerQuery,
  ): Promise<HostLedgerResponse> {
    return this.ledgers.ledger(user, facilityId, query.year);
  }
}
