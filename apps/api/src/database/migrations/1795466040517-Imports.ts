import { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1795466040517 implements MigrationInterface {
  name = 'Imports1795466040517';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."import_kind" AS ENUM('sufficiency-dataset')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."import_status" AS ENUM('previewed', 'committed')
        `);
    await queryRunner.query(`
            CREATE TABLE "import_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."import_kind" NOT NULL,
                "file_name" text NOT NULL,
                "sha256" character(64) NOT NULL,
                "status" "public"."import_status" NOT NULL,
                "issues" jsonb NOT NULL,
                "summary" jsonb NOT NULL,
                "payload" jsonb,
                "created_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "committed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "import_batch"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."import_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."import_kind"
        `);
  }
}
