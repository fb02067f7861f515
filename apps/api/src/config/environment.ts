import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s/]+(\/[^\s?]+)?(\?\S*)?$/;

/** Environment variables the app reads, validated once at boot. */
export class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT = 3000;

  @IsOptional()
  @Matches(POSTGRES_URL, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  /** Folder of the embedded PostgreSQL cluster used when DATABASE_URL is unset. */
  @IsOptional()
  @IsString()
  EMBEDDED_DATABASE_DIR?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 54329 : Number(value)))
  @IsInt({
    message: 'EMBEDDED_DATABASE_PORT must be a whole number between 1 and 65535',
  })
  @Min(1)
  @Max(65535)
  EMBEDDED_DATABASE_PORT = 54329;

  /** Address people use to reach the app; links in e-mails start with it. Default http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, {
    message: 'PUBLIC_URL must be an http(s) address such as https://renkei.example.jp',
  })
  PUBLIC_URL?: string;

  /** Other origins allowed to call the API with credentials, comma-separated (default: same origin only). */
  @IsOptional()
  @Matches(/^(https?:\/\/[^\s,/]+)(,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list such as https://a.example,https://b.example',
  })
  CORS_ORIGINS?: string;

  /** Folder holding the reference-data CSV files. */
  @IsOptional()
  @IsString()
  REFERENCE_DATA_DIR?: string;

  /** Folder holding the built web app (one sub-folder per locale). */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  DATABASE_LOGGING = false;

  /** Demo accounts are created on the embedded database; with DATABASE_URL only when this is true. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : value === true || value === 'true'))
  @IsBoolean()
  SEED_DEMO?: boolean;
}

export class EnvironmentError extends Error {}

/** Validates `process.env`; throws one `EnvironmentError` whose message is one line per problem. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const environment = plainToInstance(Environment, raw, {
    exposeDefaultValues: true,
  });
  const errors = validateSync(environment, {
    skipMissingProperties: false,
    whitelist: false,
  });
  if (errors.length > 0) {
    const messages = [...new Set(errors.flatMap((error) => Object.values(error.constraints ?? {})))];
    throw new EnvironmentError(`Invalid configuration: ${messages.join('; ')}`);
  }
  return environment;
}
