import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter shared by every instance (e.g. `login:ip:203.0.113.5`). */
@Entity({ name: 'rate_limit_bucket' })
export class RateLimitBucket {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
