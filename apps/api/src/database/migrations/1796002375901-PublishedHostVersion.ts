import { MigrationInterface, QueryRunner } from 'typeorm';

/** Published hosts' acceptable number and periods may be revised: optimistic locking for that. */
export class PublishedHostVersion1796002375901 implements MigrationInterface {
  name = 'PublishedHostVersion1796002375901';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Rows published before this migration start at version 1, like new ones.
    await queryRunner.query(`ALTER TABLE "published_host" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "published_host" ALTER COLUMN "version" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "published_host" DROP COLUMN "version"`);
  }
}
