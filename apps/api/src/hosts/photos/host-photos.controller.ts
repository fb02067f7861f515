import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HOST_PHOTO_MAX_BYTES, HOST_ROUTES, HostPhotoResponse } from '@renkei/contract';
import { Request, Response } from 'express';
import { Access, Public } from '../../accounts/access/access.decorators';
import { AuthenticatedRequest, CurrentUser, CurrentUserContext } from '../../accounts/access/current-user';
import { HostPhotosService } from './host-photos.service';
import { PHOTO_FIELD, PhotoUploadInterceptor } from './photo-upload.interceptor';

const EXTENSIONS: Record<HostPhotoResponse['contentType'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

@ApiTags('hosts')
@Controller()
export class HostPhotosController {
  constructor(private readonly photos: HostPhotosService) {}

  @Access({ role: 'host-facility', facilityId: { param: 'facilityId' } }, { role: 'prefecture' })
  @Post(`${HOST_ROUTES.profiles}/:facilityId/photos`)
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { [PHOTO_FIELD]: { type: 'string', format: 'binary' } }, required: [PHOTO_FIELD] } })
  @ApiOperation({
    summary: `Upload a photo for the profile (JPEG, PNG or WebP by content, at most ${HOST_PHOTO_MAX_BYTES} bytes); place its id in the draft`,
  })
  upload(
    @CurrentUser() user: CurrentUserContext,
    @Param('facilityId', ParseUUIDPipe) facilityId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() request: Request,
  ): Promise<HostPhotoResponse> {
    return this.photos.upload(user, facilityId, file, request.ip ?? null);
  }

  /** Public for photos of an approved profile; a draft's photos only for whoever may read the draft. */
  @Public()
  @Get(`${HOST_ROUTES.photos}/:photoId`)
  @ApiOperation({ summary: 'A host photo’s bytes, with headers that keep the browser from treating it as anything but an image' })
  async get(
    @Req() request: AuthenticatedRequest,
    @Param('photoId', ParseUUIDPipe) photoId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { photo, published } = await this.photos.open(request.user, photoId);
    response.set({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': published ? 'public, max-age=3600' : 'private, no-store',
    });
    return new StreamableFile(photo.bytes, {
      type: photo.contentType,
      length: photo.bytes.length,
      disposition: `inline; filename="photo.${EXTENSIONS[photo.contentType]}"`,
    });
  }
}
