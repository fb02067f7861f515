import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Fixed-window counters in PostgreSQL, so every app instance counts the same attempts. */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (key, window_started_at, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limit_bucket.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE rate_limit_bucket.count + 1 END,
         window_started_at = CASE WHEN rate_limit_bucket.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE rate_limit_bucket.window_started_at END
       RETURNING count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now()))))::int AS retry_after`,
      [key, windowSeconds],
    )) as { count: number; retry_after: number }[];
    const row = rows[0] ?? { count: 1, retry_after: 0 };
    return { allowed: row.count <= limit, retryAfterSeconds: row.retry_after };
  }

  /** Gives back one hit, e.g. an attempt that turned out legitimate. */
  async release(key: string): Promise<void> {
    await this.dataSource.query('UPDATE rate_limit_bucket SET count = count - 1 WHERE key = $1 AND count > 0', [key]);
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_bucket WHERE key = $1', [key]);
  }
}
