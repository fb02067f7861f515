import { MigrationInterface, QueryRunner } from 'typeorm';

// Reviewed: the generator emitted index_class twice (shared by prefecture and area); created once here.
export class ReferenceData1795462821968 implements MigrationInterface {
  name = 'ReferenceData1795462821968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reference_data_load" (
                "file_name" text NOT NULL,
                "sha256" character(64) NOT NULL,
                "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a1b29409df28d6981a1ee3ac0b6" PRIMARY KEY ("file_name")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."regional_block" AS ENUM(
                'hokkaido',
                'tohoku',
                'kanto',
                'chubu',
                'kinki',
                'chugoku',
                'shikoku',
                'kyushu'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."index_class" AS ENUM('many', 'middle', 'few')
        `);
    await queryRunner.query(`
            CREATE TABLE "prefecture" (
                "code" character(2) NOT NULL,
                "name_ja" text NOT NULL,
                "name_en" text NOT NULL,
                "block" "public"."regional_block" NOT NULL,
                "physician_distribution_index" numeric(6, 1) NOT NULL,
                "index_class" "public"."index_class" NOT NULL,
                CONSTRAINT "PK_4dc95b7d746abe335c66b1216a1" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "secondary_medical_area" (
                "code" character(4) NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "name_ja" text NOT NULL,
                "physician_distribution_index" numeric(6, 1) NOT NULL,
                "index_class" "public"."index_class" NOT NULL,
                CONSTRAINT "PK_3c0136068cd319dc9fc1a4b09bd" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_690e9c5e62617fe70c23acbbec" ON "secondary_medical_area" ("prefecture_code")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."designation_source" AS ENUM('index-default', 'prefecture')
        `);
    await queryRunner.query(`
            CREATE TABLE "physician_scarce_designation" (
                "area_code" character(4) NOT NULL,
                "physician_scarce" boolean NOT NULL,
                "source" "public"."designation_source" NOT NULL,
                "reason" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_d5e76a4f89f790db65259669078" PRIMARY KEY ("area_code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "specialty" (
                "code" character varying(40) NOT NULL,
                "name_ja" text NOT NULL,
                "name_en" text NOT NULL,
                "ceiling_exempt" boolean NOT NULL,
                "display_order" smallint NOT NULL,
                CONSTRAINT "PK_c72aeb5de88a80dc569cfad48a2" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sufficiency_value" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dataset_id" uuid NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "exact" numeric(5, 3),
                "lower_bound" numeric(5, 3),
                "upper_bound" numeric(5, 3),
                CONSTRAINT "uq_sufficiency_value_cell" UNIQUE (
                    "dataset_id",
                    "prefecture_code",
                    "specialty_code"
                ),
                CONSTRAINT "ck_sufficiency_value_band" CHECK (
                    "lower_bound" IS NULL
                    OR "upper_bound" IS NULL
                    OR "lower_bound" < "upper_bound"
                ),
                CONSTRAINT "ck_sufficiency_value_known" CHECK (
                    "exact" IS NOT NULL
                    OR "lower_bound" IS NOT NULL
                    OR "upper_bound" IS NOT NULL
                ),
                CONSTRAINT "PK_a5d705140906324a506aa86f7cd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sufficiency_dataset" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(40) NOT NULL,
                "name_ja" text NOT NULL,
                "name_en" text NOT NULL,
                "source_note" text NOT NULL,
                "specialty_codes" text array NOT NULL,
                "unlisted_lower_bound" numeric(5, 3),
                "unlisted_upper_bound" numeric(5, 3),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_sufficiency_dataset_code" UNIQUE ("code"),
                CONSTRAINT "PK_9fa642820d24701b0f99617a3d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "secondary_medical_area"
            ADD CONSTRAINT "FK_690e9c5e62617fe70c23acbbec7" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "physician_scarce_designation"
            ADD CONSTRAINT "FK_d5e76a4f89f790db65259669078" FOREIGN KEY ("area_code") REFERENCES "secondary_medical_area"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value"
            ADD CONSTRAINT "FK_192518aa1cae943e8f13d1cbdb5" FOREIGN KEY ("dataset_id") REFERENCES "sufficiency_dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value"
            ADD CONSTRAINT "FK_4122268f605d92854a64322a150" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value"
            ADD CONSTRAINT "FK_cadb5eba92cee72f305757cd71b" FOREIGN KEY ("specialty_code") REFERENCES "specialty"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value" DROP CONSTRAINT "FK_cadb5eba92cee72f305757cd71b"
        `);
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value" DROP CONSTRAINT "FK_4122268f605d92854a64322a150"
        `);
    await queryRunner.query(`
            ALTER TABLE "sufficiency_value" DROP CONSTRAINT "FK_192518aa1cae943e8f13d1cbdb5"
        `);
    await queryRunner.query(`
            ALTER TABLE "physician_scarce_designation" DROP CONSTRAINT "FK_d5e76a4f89f790db65259669078"
        `);
    await queryRunner.query(`
            ALTER TABLE "secondary_medical_area" DROP CONSTRAINT "FK_690e9c5e62617fe70c23acbbec7"
        `);
    await queryRunner.query(`
            DROP TABLE "sufficiency_dataset"
        `);
    await queryRunner.query(`
            DROP TABLE "sufficiency_value"
        `);
    await queryRunner.query(`
            DROP TABLE "specialty"
        `);
    await queryRunner.query(`
            DROP TABLE "physician_scarce_designation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."designation_source"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_690e9c5e62617fe70c23acbbec"
        `);
    await queryRunner.query(`
            DROP TABLE "secondary_medical_area"
        `);
    await queryRunner.query(`
            DROP TABLE "prefecture"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."index_class"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."regional_block"
        `);
    await queryRunner.query(`
            DROP TABLE "reference_data_load"
        `);
  }
}
