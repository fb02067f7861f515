import { MigrationInterface, QueryRunner } from 'typeorm';

export class Nominations1795993062566 implements MigrationInterface {
  name = 'Nominations1795993062566';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."round_status" AS ENUM('collecting', 'reviewing', 'published')
        `);
    await queryRunner.query(`
            CREATE TABLE "nomination_round" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recruitment_year" smallint NOT NULL,
                "rule_set_id" uuid NOT NULL,
                "status" "public"."round_status" NOT NULL DEFAULT 'collecting',
                "prefecture_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
                "society_deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
                "message" text NOT NULL,
                "expected_places" jsonb NOT NULL,
                "opened_by" uuid NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_to_societies_at" TIMESTAMP WITH TIME ZONE,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "prefecture_reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "society_reminder_sent_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "pk_nomination_round" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_nomination_round_year" ON "nomination_round" ("recruitment_year")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."submission_status" AS ENUM('draft', 'submitted', 'returned')
        `);
    await queryRunner.query(`
            CREATE TABLE "prefecture_submission" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "round_id" uuid NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "status" "public"."submission_status" NOT NULL DEFAULT 'draft',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by" uuid,
                "return_comment" text,
                "version" integer NOT NULL,
                CONSTRAINT "uq_prefecture_submission_round_prefecture" UNIQUE ("round_id", "prefecture_code"),
                CONSTRAINT "pk_prefecture_submission" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."candidate_origin" AS ENUM('previous-host', 'scarce-area', 'added')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."review_status" AS ENUM('pending', 'confirmed', 'returned')
        `);
    await queryRunner.query(`
            CREATE TABLE "candidate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "submission_id" uuid NOT NULL,
                "round_id" uuid NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "facility_id" uuid NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "origin" "public"."candidate_origin" NOT NULL DEFAULT 'added',
                "previous_host" boolean NOT NULL DEFAULT false,
                "acceptable_number" integer,
                "acceptable_periods" jsonb NOT NULL,
                "contact_name" text NOT NULL DEFAULT '',
                "contact_email" character varying(254),
                "contact_phone" character varying(30) NOT NULL DEFAULT '',
                "reason_outside_scarce" text NOT NULL DEFAULT '',
                "council_consulted_on" date,
                "council_note" text NOT NULL DEFAULT '',
                "university_consulted_on" date,
                "university_note" text NOT NULL DEFAULT '',
                "review_status" "public"."review_status" NOT NULL DEFAULT 'pending',
                "review_comment" text,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "reviewed_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "uq_candidate_round_facility_specialty" UNIQUE ("round_id", "facility_id", "specialty_code"),
                CONSTRAINT "ck_candidate_acceptable_number" CHECK (
                    "acceptable_number" IS NULL
                    OR "acceptable_number" > 0
                ),
                CONSTRAINT "pk_candidate" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_round_specialty" ON "candidate" ("round_id", "specialty_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_submission" ON "candidate" ("submission_id", "review_status")
        `);
    await queryRunner.query(`
            CREATE TABLE "published_host" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "round_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "facility_code" character varying(20) NOT NULL,
                "facility_name" text NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "address" text NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "category_code" character varying(40) NOT NULL,
                "category_name_ja" text NOT NULL,
                "category_name_en" text NOT NULL,
                "acceptable_number" integer NOT NULL,
                "acceptable_periods" jsonb NOT NULL,
                "sample" boolean NOT NULL,
                CONSTRAINT "pk_published_host" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_published_host_round" ON "published_host" (
                "round_id",
                "prefecture_code",
                "specialty_code",
                "facility_code"
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_round"
            ADD CONSTRAINT "fk_nomination_round_rule_set" FOREIGN KEY ("rule_set_id") REFERENCES "rule_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "prefecture_submission"
            ADD CONSTRAINT "fk_prefecture_submission_round" FOREIGN KEY ("round_id") REFERENCES "nomination_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "fk_candidate_submission" FOREIGN KEY ("submission_id") REFERENCES "prefecture_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "fk_candidate_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "published_host"
            ADD CONSTRAINT "fk_published_host_round" FOREIGN KEY ("round_id") REFERENCES "nomination_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "published_host" DROP CONSTRAINT "fk_published_host_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "fk_candidate_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "fk_candidate_submission"
        `);
    await queryRunner.query(`
            ALTER TABLE "prefecture_submission" DROP CONSTRAINT "fk_prefecture_submission_round"
        `);
    await queryRunner.query(`
            ALTER TABLE "nomination_round" DROP CONSTRAINT "fk_nomination_round_rule_set"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_published_host_round"
        `);
    await queryRunner.query(`
            DROP TABLE "published_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_submission"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_round_specialty"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."review_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."candidate_origin"
        `);
    await queryRunner.query(`
            DROP TABLE "prefecture_submission"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."submission_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_nomination_round_year"
        `);
    await queryRunner.query(`
            DROP TABLE "nomination_round"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."round_status"
        `);
  }
}
