import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795463702852 implements MigrationInterface {
  name = 'Accounts1795463702852';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "facility" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_code" character varying(20) NOT NULL,
                "name" text NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "secondary_medical_area_code" character(4) NOT NULL,
                "address" text NOT NULL,
                "sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "uq_facility_code" UNIQUE ("facility_code"),
                CONSTRAINT "PK_07c6c82781d105a680b5c265be6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7ad3e324cfe51c77dffca6be03" ON "facility" ("prefecture_code")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'jmsb',
                'prefecture',
                'society',
                'base-facility',
                'host-facility'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role_assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "role" "public"."role" NOT NULL,
                "prefecture_code" character(2),
                "specialty_code" character varying(40),
                "facility_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_role_assignment_scope" CHECK (
                    (
                        "role" = 'jmsb'
                        AND "prefecture_code" IS NULL
                        AND "specialty_code" IS NULL
                        AND "facility_id" IS NULL
                    )
                    OR (
                        "role" = 'prefecture'
                        AND "prefecture_code" IS NOT NULL
                        AND "specialty_code" IS NULL
                        AND "facility_id" IS NULL
                    )
                    OR (
                        "role" = 'society'
                        AND "specialty_code" IS NOT NULL
                        AND "prefecture_code" IS NULL
                        AND "facility_id" IS NULL
                    )
                    OR (
                        "role" IN ('base-facility', 'host-facility')
                        AND "facility_id" IS NOT NULL
                        AND "prefecture_code" IS NULL
                        AND "specialty_code" IS NULL
                    )
                ),
                CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id")
            )
        `);
    // Hand-written: one assignment per user × role × scope, NULL scopes compared as equal.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_role_assignment" ON "role_assignment" (
                "user_id", "role", "prefecture_code", "specialty_code", "facility_id"
            ) NULLS NOT DISTINCT
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."language" AS ENUM('ja', 'en')
        `);
    await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "display_name" text NOT NULL,
                "language" "public"."language" NOT NULL DEFAULT 'ja',
                "password_hash" text,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "uq_user_account_email" UNIQUE ("email"),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."account_token_purpose" AS ENUM('invitation', 'password-reset')
        `);
    await queryRunner.query(`
            CREATE TABLE "account_token" (
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "purpose" "public"."account_token_purpose" NOT NULL,
                "created_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_afb41d941d437f47a0d75373f88" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ab3c66669facfe429164e60ab8" ON "account_token" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_limit_bucket" (
                "key" text NOT NULL,
                "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "count" integer NOT NULL,
                CONSTRAINT "PK_f1310cfeb2b77745eb48247c6c7" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "csrf_token_hash" character(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_email" text,
                "action" text NOT NULL,
                "entity_type" text,
                "entity_id" text,
                "before" jsonb,
                "after" jsonb,
                "prefecture_code" character(2),
                "specialty_code" character varying(40),
                "facility_id" uuid,
                "ip_address" text,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7598de78856db0aa02784267e4" ON "audit_entry" ("prefecture_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f199e8f395b104bad35e311d72" ON "audit_entry" ("specialty_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b513123e46df156315979d53e4" ON "audit_entry" ("facility_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_entry_occurred_at" ON "audit_entry" ("occurred_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_5ec831d1c8f04e247fd267d9bfa" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_4d534faf7e19bb63be0d62ea584" FOREIGN KEY ("specialty_code") REFERENCES "specialty"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_520d8466d98c413a632c46c9b2a" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "account_token"
            ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_role_assignment"`);
    await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_520d8466d98c413a632c46c9b2a"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_4d534faf7e19bb63be0d62ea584"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_5ec831d1c8f04e247fd267d9bfa"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_entry_occurred_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b513123e46df156315979d53e4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f199e8f395b104bad35e311d72"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7598de78856db0aa02784267e4"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"
        `);
    await queryRunner.query(`
            DROP TABLE "user_session"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_limit_bucket"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ab3c66669facfe429164e60ab8"
        `);
    await queryRunner.query(`
            DROP TABLE "account_token"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."account_token_purpose"
        `);
    await queryRunner.query(`
            DROP TABLE "user_account"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."language"
        `);
    await queryRunner.query(`
            DROP TABLE "role_assignment"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7ad3e324cfe51c77dffca6be03"
        `);
    await queryRunner.query(`
            DROP TABLE "facility"
        `);
  }
}
