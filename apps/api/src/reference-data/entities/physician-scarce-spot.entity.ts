import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Prefecture } from './prefecture.entity';

/** A physician-scarce spot (医師少数スポット): a municipality a prefecture designates, with its reason. */
@Entity({ name: 'physician_scarce_spot' })
@Index('uq_physician_scarce_spot', ['prefectureCode', 'municipality'], {
  unique: true,
})
export class PhysicianScarceSpot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @ManyToOne(() => Prefecture, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code' })
  prefecture?: Prefecture;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
