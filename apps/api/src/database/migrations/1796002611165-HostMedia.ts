import { MigrationInterface, QueryRunner } from 'typeorm';

export class HostMedia1796002611165 implements MigrationInterface {
  name = 'HostMedia1796002611165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."host_alert_language" AS ENUM('ja', 'en')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."host_alert_status" AS ENUM('pending', 'confirmed')
        `);
    await queryRunner.query(`
            CREATE TABLE "host_alert_subscription" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "language" "public"."host_alert_language" NOT NULL,
                "status" "public"."host_alert_status" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_host_alert_subscription" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_host_alert_subscription_email" ON "host_alert_subscription" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "host_alert_host" (
                "subscription_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "confirmed" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_host_alert_host" PRIMARY KEY ("subscription_id", "facility_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_host_alert_host_facility" ON "host_alert_host" ("facility_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."host_alert_token_purpose" AS ENUM('confirm', 'unsubscribe')
        `);
    await queryRunner.query(`
            CREATE TABLE "host_alert_token" (
                "token_hash" character(64) NOT NULL,
                "subscription_id" uuid NOT NULL,
                "purpose" "public"."host_alert_token_purpose" NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_host_alert_token" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_host_alert_token_subscription" ON "host_alert_token" ("subscription_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "host_photo" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "content_type" character varying(20) NOT NULL,
                "byte_size" integer NOT NULL,
                "width" integer,
                "height" integer,
                "bytes" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_host_photo" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_host_photo_facility" ON "host_photo" ("facility_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_host"
            ADD CONSTRAINT "fk_host_alert_host_subscription" FOREIGN KEY ("subscription_id") REFERENCES "host_alert_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_host"
            ADD CONSTRAINT "fk_host_alert_host_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_token"
            ADD CONSTRAINT "fk_host_alert_token_subscription" FOREIGN KEY ("subscription_id") REFERENCES "host_alert_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "host_photo"
            ADD CONSTRAINT "fk_host_photo_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "host_photo" DROP CONSTRAINT "fk_host_photo_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_token" DROP CONSTRAINT "fk_host_alert_token_subscription"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_host" DROP CONSTRAINT "fk_host_alert_host_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_alert_host" DROP CONSTRAINT "fk_host_alert_host_subscription"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_host_photo_facility"
        `);
    await queryRunner.query(`
            DROP TABLE "host_photo"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_host_alert_token_subscription"
        `);
    await queryRunner.query(`
            DROP TABLE "host_alert_token"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."host_alert_token_purpose"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_host_alert_host_facility"
        `);
    await queryRunner.query(`
            DROP TABLE "host_alert_host"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_host_alert_subscription_email"
        `);
    await queryRunner.query(`
            DROP TABLE "host_alert_subscription"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."host_alert_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."host_alert_language"
        `);
  }
}
