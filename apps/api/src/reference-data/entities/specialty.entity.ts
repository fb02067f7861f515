import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the 19 basic fields (基本領域). */
@Entity({ name: 'specialty' })
export class Specialty {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  /** Exempt from recruitment ceilings; not in the seeds, so kept as editable data. */
  @Column({ type: 'boolean' })
  ceilingExempt!: boolean;

  /** Order of the reference list (as the committee tables list them). */
  @Column({ type: 'smallint' })
  displayOrder!: number;
}
