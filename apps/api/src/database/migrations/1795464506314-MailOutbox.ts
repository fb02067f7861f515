import { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: the e-mail outbox and the development mailbox. The two partial indexes serve
// the worker's claim query (due pending rows, expired leases) and stay small as rows are sent.
export class MailOutbox1795464506314 implements MigrationInterface {
  name = 'MailOutbox1795464506314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."mail_language" AS ENUM('ja', 'en')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."outbox_message_status" AS ENUM('pending', 'sending', 'sent', 'failed')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."mail_transport" AS ENUM('smtp', 'development')
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_message" (
                "id" uuid NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "language" "public"."mail_language" NOT NULL,
                "template" character varying(80) NOT NULL,
                "subject" text NOT NULL,
                "text_body" text NOT NULL,
                "html_body" text NOT NULL,
                "status" "public"."outbox_message_status" NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT 0,
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "transport" "public"."mail_transport",
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_outbox_message_attempts" CHECK ("attempts" >= 0),
                CONSTRAINT "ck_outbox_message_sent_at" CHECK (("status" = 'sent') = ("sent_at" IS NOT NULL)),
                CONSTRAINT "ck_outbox_message_lease" CHECK ("status" <> 'sending' OR "locked_until" IS NOT NULL),
                CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_message_due" ON "outbox_message" ("next_attempt_at")
            WHERE "status" = 'pending'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_outbox_message_lease" ON "outbox_message" ("locked_until")
            WHERE "status" = 'sending'
        `);
    await queryRunner.query(`
            CREATE TABLE "development_mail" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "outbox_id" uuid NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "subject" text NOT NULL,
                "text_body" text NOT NULL,
                "html_body" text NOT NULL,
                "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_development_mail_outbox_id" UNIQUE ("outbox_id"),
                CONSTRAINT "pk_development_mail" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_development_mail_delivered_at" ON "development_mail" ("delivered_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "development_mail"
            ADD CONSTRAINT "fk_development_mail_outbox" FOREIGN KEY ("outbox_id") REFERENCES "outbox_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "development_mail" DROP CONSTRAINT "fk_development_mail_outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_development_mail_delivered_at"
        `);
    await queryRunner.query(`
            DROP TABLE "development_mail"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_message_lease"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_outbox_message_due"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_message"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."mail_transport"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."outbox_message_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."mail_language"
        `);
  }
}
