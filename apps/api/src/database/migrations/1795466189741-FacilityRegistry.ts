import { MigrationInterface, QueryRunner } from 'typeorm';

export class FacilityRegistry1795466189741 implements MigrationInterface {
  name = 'FacilityRegistry1795466189741';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."import_kind" ADD VALUE IF NOT EXISTS 'facilities'`);
    await queryRunner.query(`
            CREATE TABLE "physician_scarce_spot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "prefecture_code" character(2) NOT NULL,
                "municipality" text NOT NULL,
                "reason" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_30ef7349d6cea10668574026a7a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_physician_scarce_spot" ON "physician_scarce_spot" ("prefecture_code", "municipality")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."facility_kind" AS ENUM('hospital', 'clinic')
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD "kind" "public"."facility_kind" NOT NULL DEFAULT 'hospital'
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD "municipality" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD "bed_count" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD "is_base" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "facility"
            ADD "is_host" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "physician_scarce_spot"
            ADD CONSTRAINT "FK_133836cda82479c3b2b595864ae" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it.
    await queryRunner.query(`DELETE FROM "import_batch" WHERE "kind" = 'facilities'`);
    await queryRunner.query(`ALTER TYPE "public"."import_kind" RENAME TO "import_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."import_kind" AS ENUM('sufficiency-dataset')`);
    await queryRunner.query(`ALTER TABLE "import_batch" ALTER COLUMN "kind" TYPE "public"."import_kind" USING "kind"::text::"public"."import_kind"`);
    await queryRunner.query(`DROP TYPE "public"."import_kind_old"`);
    await queryRunner.query(`
            ALTER TABLE "physician_scarce_spot" DROP CONSTRAINT "FK_133836cda82479c3b2b595864ae"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP COLUMN "is_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP COLUMN "is_base"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP COLUMN "bed_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP COLUMN "municipality"
        `);
    await queryRunner.query(`
            ALTER TABLE "facility" DROP COLUMN "kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."facility_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_physician_scarce_spot"
        `);
    await queryRunner.query(`
            DROP TABLE "physician_scarce_spot"
        `);
  }
}
