import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CompilationResponse,
  ExpectedPlacesRequest,
  NOMINATION_ROUTES,
  OpenRoundRequest,
  RoundResponse,
  VersionedActionRequest,
} from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { RoundsService } from './rounds.service';

export const ANY_ROLE = [
  { role: 'jmsb' },
  { role: 'prefecture' },
  { role: 'society' },
  { role: 'base-facility' },
  { role: 'host-facility' },
] as const;

/** Nomination rounds: the JMSB opens, compiles, sends to societies and publishes. */
@ApiTags('nominations')
@Controller(NOMINATION_ROUTES.rounds)
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Access(...ANY_ROLE)
  @Get()
  @ApiOperation({ summary: 'Every round, newest year first' })
  list(): Promise<RoundResponse[]> {
    return this.rounds.list();
  }

  @Access({ role: 'jmsb' })
  @Post()
  @ApiOperation({ summary: 'Open the round of a recruitment year: drafts for all prefectures, e-mails to prefectures and societies' })
  open(@CurrentUser() user: CurrentUserContext, @Body() body: OpenRoundRequest, @Req() request: Request): Promise<RoundResponse> {
    return this.rounds.open(user, body, request.ip ?? null);
  }

  @Access(...ANY_ROLE)
  @Get(':id')
  @ApiOperation({ summary: 'One round' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RoundResponse> {
    return this.rounds.get(id);
  }

  @Access({ role: 'jmsb' })
  @Put(':id/expected-places')
  @ApiOperation({ summary: 'Places the JMSB expects to need, per specialty (optimistic locking on the round version)' })
  setExpectedPlaces(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExpectedPlacesRequest,
    @Req() request: Request,
  ): Promise<RoundResponse> {
    return this.rounds.setExpectedPlaces(user, id, body, request.ip ?? null);
  }

  @Access({ role: 'jmsb' })
  @Get(':id/compilation')
  @ApiOperation({ summary: 'Submissions and capacity per specialty × prefecture against expected places' })
  compilation(@Param('id', ParseUUIDPipe) id: string): Promise<CompilationResponse> {
    return this.rounds.compilation(id);
  }

  @Access({ role: 'jmsb' })
  @Post(':id/send-to-societies')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the societies to review the submitted candidates (collecting → reviewing)' })
  sendToSocieties(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<RoundResponse> {
    return this.rounds.sendToSocieties(user, id, body.version, request.ip ?? null);
  }

  @Access({ role: 'jmsb' })
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the confirmed hosts (reviewing → published); the list becomes public' })
  publish(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<RoundResponse> {
    return this.rounds.publish(user, id, body.version, request.ip ?? null);
  }
}
