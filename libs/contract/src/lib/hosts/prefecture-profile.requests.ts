import { IsInt, IsOptional, IsString, IsUrl, MaxLength, Min } from 'class-validator';

const text = (max: number) => (target: object, key: string | symbol) => {
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(max, { message: `${String(key)} must be at most ${max} characters` })(target, key);
};

/** What a prefecture writes once for all its hosts: shown on every host page in the prefecture. */
export class PrefectureProfileContent {
  /** 支援制度: the prefecture's programmes for residents who come (e.g. 修学資金, mentoring). */
  @text(2000) supportProgrammes?: string | null;
  /** 手当: allowances the prefecture pays (relocation, travel, housing). */
  @text(1000) allowances?: string | null;
  /** 生活費の目安: rents and living costs. */
  @text(1000) livingCosts?: string | null;
  @text(1000) message?: string | null;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'websiteUrl must be an https:// address' })
  websiteUrl?: string | null;
}

/** PUT /api/prefecture-profiles/:prefectureCode (version 0 for the first save). */
export class UpdatePrefectureProfileRequest extends PrefectureProfileContent {
  @IsInt({ message: 'version must be the version you loaded (a whole number)' })
  @Min(0)
  version!: number;
}

/** GET /api/prefecture-profiles/:prefectureCode (public). */
export interface PrefectureProfileResponse {
  prefectureCode: string;
  content: PrefectureProfileContent;
  updatedAt: string | null;
  /** 0 until first saved. */
  version: number;
}
