import { PrefectureProfileContent } from '@renkei/contract';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';

/** What a prefecture writes once for all its hosts (support programmes, allowances, living costs, message). */
@Entity({ name: 'prefecture_profile' })
export class PrefectureProfile {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_prefecture_profile' })
  prefectureCode!: string;

  @ManyToOne(() => Prefecture, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prefecture_code', foreignKeyConstraintName: 'fk_prefecture_profile_prefecture' })
  prefecture?: Prefecture;

  @Column({ type: 'jsonb' })
  content!: PrefectureProfileContent;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
