import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class AuditQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;

  /** Exact action or a prefix ending in a dot, e.g. `auth.`. */
  @IsOptional()
  @Matches(/^[a-z-]+(\.[a-z-]*)?$/, {
    message: 'action must look like auth.login or auth.',
  })
  action?: string;
}
