import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BulkConfirmRequest,
  CandidateResponse,
  NOMINATION_ROUTES,
  ReturnRequest,
  ReviewListResponse,
  SPECIALTY_CODE_PATTERN,
  VersionedActionRequest,
} from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { PatternPipe } from '../common/http/pattern.pipe';
import { ReviewsService } from './reviews.service';

const SPECIALTY_CODE = new PatternPipe('specialtyCode', SPECIALTY_CODE_PATTERN, 'a specialty code such as internal-medicine');
const SPECIALTY_IN_PATH = { specialtyCode: { param: 'specialtyCode' } } as const;

/** The societies' review of candidates, and the prefecture resubmitting a returned row. */
@ApiTags('nominations')
@Controller(NOMINATION_ROUTES.rounds)
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Access({ role: 'jmsb' }, { role: 'society', ...SPECIALTY_IN_PATH })
  @Get(':id/review/:specialtyCode')
  @ApiOperation({ summary: 'A specialty’s candidates nationwide (submitted lists), with facility details and eligibility' })
  list(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('specialtyCode', SPECIALTY_CODE) specialtyCode: string,
  ): Promise<ReviewListResponse> {
    return this.reviews.list(user, id, specialtyCode);
  }

  @Access({ role: 'society', ...SPECIALTY_IN_PATH })
  @Post(':id/review/:specialtyCode/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm many candidates at once: all or none' })
  bulkConfirm(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('specialtyCode', SPECIALTY_CODE) specialtyCode: string,
    @Body() body: BulkConfirmRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse[]> {
    return this.reviews.bulkConfirm(user, id, specialtyCode, body, request.ip ?? null);
  }

  @Access({ role: 'society' })
  @Post(':id/candidates/:candidateId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm one candidate of your specialty' })
  confirm(
    @CurrentUser() user: CurrentUserContext,
    @Param('candidateId', ParseUUIDPipe) candidateId: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse> {
    return this.reviews.confirm(user, candidateId, body.version, request.ip ?? null);
  }

  @Access({ role: 'society' })
  @Post(':id/candidates/:candidateId/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a candidate to its prefecture with a comment' })
  returnCandidate(
    @CurrentUser() user: CurrentUserContext,
    @Param('candidateId', ParseUUIDPipe) candidateId: string,
    @Body() body: ReturnRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse> {
    return this.reviews.returnCandidate(user, candidateId, body, request.ip ?? null);
  }

  @Access({ role: 'prefecture' })
  @Post(':id/candidates/:candidateId/resubmit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a fixed, returned row back to the society' })
  resubmit(
    @CurrentUser() user: CurrentUserContext,
    @Param('candidateId', ParseUUIDPipe) candidateId: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse> {
    return this.reviews.resubmit(user, candidateId, body.version, request.ip ?? null);
  }
}
