import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const PUBLIC_ROUTE = 'renkei:public';
export const ACCESS_RULES = 'renkei:access';

/** Where a route finds the scope it touches: a path parameter, a query parameter or a body field. */
export type ScopeSource = { param: string } | { query: string } | { body: string };

export type AccessRule =
  | { role: 'jmsb' }
  | { role: 'prefecture'; prefectureCode?: ScopeSource }
  | { role: 'society'; specialtyCode?: ScopeSource }
  | { role: 'base-facility' | 'host-facility'; facilityId?: ScopeSource };

/** Opens a route to everyone; every other route needs a session (deny by default). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Role + scope in one decorator: the caller needs one assignment matching one rule, and when the
 * rule names a scope source, the assignment's scope must equal the request's value there.
 * Without a scope source the role is enough and the service filters by the caller's scopes.
 */
export const Access = (...rules: AccessRule[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULES, rules),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({
      description: `Needs ${rules.map((rule) => rule.role).join(' or ')} in the right scope`,
    }),
  );
