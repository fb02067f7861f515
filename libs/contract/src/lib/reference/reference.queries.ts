import { IsOptional, Matches } from 'class-validator';

/** Format of a JIS prefecture code; whether it exists (01–47) is the API's answer (404). */
export const PREFECTURE_CODE_PATTERN = /^\d{2}$/;
export const SPECIALTY_CODE_PATTERN = /^[a-z]+(-[a-z]+)*$/;
export const DATASET_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;

export class SufficiencyDatasetQuery {
  /** Limit the bands to one specialty, e.g. `pediatrics`. */
  @IsOptional()
  @Matches(SPECIALTY_CODE_PATTERN, {
    message: 'specialty must be a specialty code such as internal-medicine',
  })
  specialty?: string;
}
