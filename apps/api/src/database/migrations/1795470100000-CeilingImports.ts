import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ceiling datasets become importable: a new import kind. */
export class CeilingImports1795470100000 implements MigrationInterface {
  name = 'CeilingImports1795470100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."import_kind" ADD VALUE IF NOT EXISTS 'ceiling-dataset'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it.
    await queryRunner.query(`DELETE FROM "import_batch" WHERE "kind" = 'ceiling-dataset'`);
    await queryRunner.query(`ALTER TYPE "public"."import_kind" RENAME TO "import_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."import_kind" AS ENUM('sufficiency-dataset', 'facilities')`);
    await queryRunner.query(`ALTER TABLE "import_batch" ALTER COLUMN "kind" TYPE "public"."import_kind" USING "kind"::text::"public"."import_kind"`);
    await queryRunner.query(`DROP TYPE "public"."import_kind_old"`);
  }
}
