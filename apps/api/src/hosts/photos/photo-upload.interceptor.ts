import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { HOST_PHOTO_MAX_BYTES } from '@renkei/contract';
import { memoryStorage } from 'multer';
import { Observable } from 'rxjs';
import { fileError, HostPhotosErrorCode } from './host-photos.exception';

export const PHOTO_FIELD = 'file';
const MAX_MEGABYTES = HOST_PHOTO_MAX_BYTES / (1024 * 1024);

const MulterPhoto = FileInterceptor(PHOTO_FIELD, {
  storage: memoryStorage(),
  limits: { fileSize: HOST_PHOTO_MAX_BYTES, files: 1, fields: 2, parts: 3 },
});

/** Multer in memory with a hard size limit; its refusals become field errors on `file`. */
@Injectable()
export class PhotoUploadInterceptor extends MulterPhoto {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw fileError(HostPhotosErrorCode.TooLarge, `file must be at most ${MAX_MEGABYTES} MB`);
      }
      if (error instanceof HttpException && error.getStatus() === HttpStatus.BAD_REQUEST) {
        throw fileError(HostPhotosErrorCode.Rejected, `Send one image in the form field "${PHOTO_FIELD}" (${error.message}).`);
      }
      throw error;
    }
  }
}
