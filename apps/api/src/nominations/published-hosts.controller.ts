import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NOMINATION_ROUTES, PublishedHostsResponse } from '@renkei/contract';
import { Response } from 'express';
import { Public } from '../accounts/access/access.decorators';
import { PublishedHostsService, PublishedRoundSummary } from './published-hosts.service';

/** The published host lists: public, no sign-in. */
@ApiTags('published hosts')
@Public()
@Controller(NOMINATION_ROUTES.rounds)
export class PublishedHostsController {
  constructor(private readonly published: PublishedHostsService) {}

  @Get('published')
  @ApiOperation({ summary: 'Rounds whose host list is published' })
  rounds(): Promise<PublishedRoundSummary[]> {
    return this.published.publishedRounds();
  }

  @Get(':id/published-hosts')
  @ApiOperation({ summary: 'The published hosts of a round (404 until published)' })
  list(@Param('id', ParseUUIDPipe) id: string): Promise<PublishedHostsResponse> {
    return this.published.list(id);
  }

  @Get(':id/published-hosts.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The published hosts as CSV (UTF-8 with BOM, formula-safe)' })
  async csv(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const file = await this.published.csv(id);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }

  @Get(':id/published-hosts.xlsx')
  @ApiOperation({ summary: 'The published hosts as .xlsx (formula-safe)' })
  async xlsx(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const file = await this.published.xlsx(id);
    return new StreamableFile(file.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
