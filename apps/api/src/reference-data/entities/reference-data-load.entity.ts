import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Checksum of each reference file last loaded, so a restart with the same files changes nothing. */
@Entity({ name: 'reference_data_load' })
export class ReferenceDataLoad {
  @PrimaryColumn({ type: 'text' })
  fileName!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  loadedAt!: Date;
}
