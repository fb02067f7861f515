import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rule sets (versioned per recruitment year), transitional exceptions and ceiling datasets. Hand-written, matching the entities in `eligibility/entities`. */
export class Eligibility1795470000000 implements MigrationInterface {
  name = 'Eligibility1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."rule_set_status" AS ENUM('draft', 'active', 'retired')
        `);
    await queryRunner.query(`
            CREATE TABLE "rule_set" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recruitment_year" smallint NOT NULL,
                "version" integer NOT NULL,
                "status" "public"."rule_set_status" NOT NULL,
                "definition" jsonb NOT NULL,
                "source_note" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                "activated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_rule_set_year_version" UNIQUE ("recruitment_year", "version"),
                CONSTRAINT "pk_rule_set" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_rule_set_active_year" ON "rule_set" ("recruitment_year")
            WHERE "status" = 'active'
        `);
    await queryRunner.query(`
            CREATE TABLE "eligibility_exception" (
                "id" uuid NOT NULL,
                "definition" jsonb NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "source_note" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_eligibility_exception" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ceiling_dataset" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(40) NOT NULL,
                "name_ja" text NOT NULL,
                "name_en" text NOT NULL,
                "source_note" text NOT NULL,
                "sample" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_ceiling_dataset_code" UNIQUE ("code"),
                CONSTRAINT "pk_ceiling_dataset" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "ceiling_value" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dataset_id" uuid NOT NULL,
                "recruitment_year" smallint NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "under_ceiling" boolean NOT NULL,
                "cap" integer,
                CONSTRAINT "uq_ceiling_value_cell" UNIQUE ("dataset_id", "recruitment_year", "prefecture_code", "specialty_code"),
                CONSTRAINT "ck_ceiling_value_cap" CHECK ("cap" IS NULL OR "cap" >= 0),
                CONSTRAINT "pk_ceiling_value" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "ceiling_value"
            ADD CONSTRAINT "fk_ceiling_value_dataset" FOREIGN KEY ("dataset_id") REFERENCES "ceiling_dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ceiling_value"
            ADD CONSTRAINT "fk_ceiling_value_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ceiling_value"
            ADD CONSTRAINT "fk_ceiling_value_specialty" FOREIGN KEY ("specialty_code") REFERENCES "specialty"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ceiling_value" DROP CONSTRAINT "fk_ceiling_value_specialty"`);
    await queryRunner.query(`ALTER TABLE "ceiling_value" DROP CONSTRAINT "fk_ceiling_value_prefecture"`);
    await queryRunner.query(`ALTER TABLE "ceiling_value" DROP CONSTRAINT "fk_ceiling_value_dataset"`);
    await queryRunner.query(`DROP TABLE "ceiling_value"`);
    await queryRunner.query(`DROP TABLE "ceiling_dataset"`);
    await queryRunner.query(`DROP TABLE "eligibility_exception"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rule_set_active_year"`);
    await queryRunner.query(`DROP TABLE "rule_set"`);
    await queryRunner.query(`DROP TYPE "public"."rule_set_status"`);
  }
}
