import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Language, Role } from '@renkei/contract';
import { Request } from 'express';

export interface ScopedRole {
  role: Role;
  prefectureCode: string | null;
  specialtyCode: string | null;
  facilityId: string | null;
  facilityName: string | null;
}

/** The signed-in person as every request sees them. */
export interface CurrentUserContext {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  roles: ScopedRole[];
  sessionTokenHash: string;
}

export interface AuthenticatedRequest extends Request {
  user?: CurrentUserContext;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUserContext => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) {
    throw new Error('CurrentUser used on a route without authentication');
  }
  return user;
});
