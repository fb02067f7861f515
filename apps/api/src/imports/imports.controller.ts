import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportPreviewResponse } from '@renkei/contract';
import { Request } from 'express';
import { Access } from '../accounts/access/access.decorators';
import { CurrentUser, CurrentUserContext } from '../accounts/access/current-user';
import { ImportsErrorCode, ImportsException } from './imports.exception';
import { ImportsService } from './imports.service';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

@ApiTags('imports')
@Controller('imports')
@Access({ role: 'jmsb' }, { role: 'prefecture' })
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':kind')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1 },
    }),
  )
  @ApiOperation({
    summary: 'Upload a CSV or .xlsx file: validates every row and changes nothing (preview)',
  })
  preview(
    @CurrentUser() user: CurrentUserContext,
    @Param('kind') kind: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() fields: Record<string, string>,
  ): Promise<ImportPreviewResponse> {
    if (!file) {
      throw new ImportsException(ImportsErrorCode.FileMissing, 'Attach the file as the form field "file".', {
        file: ['a CSV or .xlsx file is required'],
      });
    }
    return this.imports.preview(kind, { fileName: file.originalname, content: file.buffer, fields }, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import preview or its result' })
  get(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string): Promise<ImportPreviewResponse> {
    return this.imports.get(id, user);
  }

  @Post(':id/commit')
  @ApiOperation({
    summary: 'Apply a clean preview in one transaction (again: no change)',
  })
  commit(@CurrentUser() user: CurrentUserContext, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<ImportPreviewResponse> {
    return this.imports.commit(id, user, request.ip ?? null);
  }
}
