import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** GET /api/hosts/:facilityId/ledger?year= (default: the latest published round) */
export class LedgerQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2027' })
  @Min(2000, { message: 'year must be a year such as 2027' })
  @Max(2100, { message: 'year must be a year such as 2027' })
  year?: number;
}
