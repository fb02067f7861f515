import { MigrationInterface, QueryRunner } from 'typeorm';

export class Programs1796006251120 implements MigrationInterface {
  name = 'Programs1796006251120';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "program" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "round_id" uuid NOT NULL,
                "base_facility_id" uuid NOT NULL,
                "recruitment_year" smallint NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "category_code" character varying(40) NOT NULL,
                "places" integer NOT NULL,
                "decisions" jsonb NOT NULL,
                "contact_name" text NOT NULL,
                "contact_email" text,
                "contact_phone" text NOT NULL,
                "recruited" integer,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_program" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_program_round_base" ON "program" ("round_id", "base_facility_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."connection_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn')
        `);
    await queryRunner.query(`
            CREATE TABLE "connection_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "program_id" uuid NOT NULL,
                "published_host_id" uuid NOT NULL,
                "host_facility_id" uuid NOT NULL,
                "places_requested" integer NOT NULL,
                "months_requested" integer NOT NULL,
                "status" "public"."connection_request_status" NOT NULL DEFAULT 'pending',
                "places_accepted" integer,
                "months_accepted" integer,
                "decline_reason" text,
                "responded_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_connection_request" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_connection_request_host" ON "connection_request" ("host_facility_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_connection_request_published_host" ON "connection_request" ("published_host_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_connection_request_program_host" ON "connection_request" ("program_id", "host_facility_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "connection_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "author_user_id" uuid NOT NULL,
                "author_email" text NOT NULL,
                "comment" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_connection_comment" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_connection_comment_request" ON "connection_comment" ("request_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "rotation_record" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "resident_label" character varying(50) NOT NULL,
                "started_on" date NOT NULL,
                "ended_on" date,
                "recorded_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_rotation_record" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_rotation_record_request" ON "rotation_record" ("request_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "program"
            ADD CONSTRAINT "fk_program_round" FOREIGN KEY ("round_id") REFERENCES "nomination_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "program"
            ADD CONSTRAINT "fk_program_base_facility" FOREIGN KEY ("base_facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request"
            ADD CONSTRAINT "fk_connection_request_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request"
            ADD CONSTRAINT "fk_connection_request_published_host" FOREIGN KEY ("published_host_id") REFERENCES "published_host"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request"
            ADD CONSTRAINT "fk_connection_request_host_facility" FOREIGN KEY ("host_facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_comment"
            ADD CONSTRAINT "fk_connection_comment_request" FOREIGN KEY ("request_id") REFERENCES "connection_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "rotation_record"
            ADD CONSTRAINT "fk_rotation_record_request" FOREIGN KEY ("request_id") REFERENCES "connection_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "rotation_record" DROP CONSTRAINT "fk_rotation_record_request"
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_comment" DROP CONSTRAINT "fk_connection_comment_request"
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request" DROP CONSTRAINT "fk_connection_request_host_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request" DROP CONSTRAINT "fk_connection_request_published_host"
        `);
    await queryRunner.query(`
            ALTER TABLE "connection_request" DROP CONSTRAINT "fk_connection_request_program"
        `);
    await queryRunner.query(`
            ALTER TABLE "program" DROP CONSTRAINT "fk_program_base_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "program" DROP CONSTRAINT "fk_program_round"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_rotation_record_request"
        `);
    await queryRunner.query(`
            DROP TABLE "rotation_record"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_connection_comment_request"
        `);
    await queryRunner.query(`
            DROP TABLE "connection_comment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_connection_request_program_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_connection_request_published_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_connection_request_host"
        `);
    await queryRunner.query(`
            DROP TABLE "connection_request"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."connection_request_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_program_round_base"
        `);
    await queryRunner.query(`
            DROP TABLE "program"
        `);
  }
}
