import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CandidateResponse,
  CreateCandidateRequest,
  NOMINATION_ROUTES,
  ReturnRequest,
  SubmissionResponse,
  UpdateCandidateRequest,
  VersionedActionRequest,
  VersionQuery,
} from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { PatternPipe } from '../common/http/pattern.pipe';
import { SubmissionsService } from './submissions.service';

const PREFECTURE_CODE = new PatternPipe('prefectureCode', /^\d{2}$/, 'a two-digit prefecture code');
const PREFECTURE_IN_PATH = { prefectureCode: { param: 'prefectureCode' } } as const;

/** A prefecture's candidate list in a round. */
@ApiTags('nominations')
@Controller(NOMINATION_ROUTES.rounds)
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Access({ role: 'jmsb' }, { role: 'prefecture', ...PREFECTURE_IN_PATH })
  @Get(':id/submissions/:prefectureCode')
  @ApiOperation({ summary: 'A prefecture’s candidate list with each row’s live eligibility' })
  get(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
  ): Promise<SubmissionResponse> {
    return this.submissions.get(user, id, prefectureCode);
  }

  @Access({ role: 'prefecture', ...PREFECTURE_IN_PATH })
  @Post(':id/submissions/:prefectureCode/candidates')
  @ApiOperation({ summary: 'Add a facility × specialty row to the list' })
  addCandidate(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
    @Body() body: CreateCandidateRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse> {
    return this.submissions.addCandidate(user, id, prefectureCode, body, request.ip ?? null);
  }

  @Access({ role: 'prefecture' })
  @Put(':id/candidates/:candidateId')
  @ApiOperation({ summary: 'Edit a row (optimistic locking: 409 when someone saved it after you loaded it)' })
  updateCandidate(
    @CurrentUser() user: CurrentUserContext,
    @Param('candidateId', ParseUUIDPipe) candidateId: string,
    @Body() body: UpdateCandidateRequest,
    @Req() request: Request,
  ): Promise<CandidateResponse> {
    return this.submissions.updateCandidate(user, candidateId, body, request.ip ?? null);
  }

  @Access({ role: 'prefecture' })
  @Delete(':id/candidates/:candidateId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a row (?version= the version you loaded)' })
  async removeCandidate(
    @CurrentUser() user: CurrentUserContext,
    @Param('candidateId', ParseUUIDPipe) candidateId: string,
    @Query() query: VersionQuery,
    @Req() request: Request,
  ): Promise<void> {
    await this.submissions.removeCandidate(user, candidateId, query.version, request.ip ?? null);
  }

  @Access({ role: 'prefecture', ...PREFECTURE_IN_PATH })
  @Post(':id/submissions/:prefectureCode/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the list: every row complete and eligible (or conditional with its reason)' })
  submit(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<SubmissionResponse> {
    return this.submissions.submit(user, id, prefectureCode, body.version, request.ip ?? null);
  }

  @Access({ role: 'prefecture', ...PREFECTURE_IN_PATH })
  @Post(':id/submissions/:prefectureCode/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a submitted list to change it (before the deadline)' })
  withdraw(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
    @Body() body: VersionedActionRequest,
    @Req() request: Request,
  ): Promise<SubmissionResponse> {
    return this.submissions.withdraw(user, id, prefectureCode, body.version, request.ip ?? null);
  }

  @Access({ role: 'jmsb' })
  @Post(':id/submissions/:prefectureCode/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a list to its prefecture with a comment (also reopens a draft after the deadline)' })
  returnToPrefecture(
    @CurrentUser() user: CurrentUserContext,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('prefectureCode', PREFECTURE_CODE) prefectureCode: string,
    @Body() body: ReturnRequest,
    @Req() request: Request,
  ): Promise<SubmissionResponse> {
    return this.submissions.returnToPrefecture(user, id, prefectureCode, body, request.ip ?? null);
  }
}
