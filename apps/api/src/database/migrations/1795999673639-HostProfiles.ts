import { MigrationInterface, QueryRunner } from 'typeorm';

export class HostProfiles1795999673639 implements MigrationInterface {
  name = 'HostProfiles1795999673639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."host_profile_status" AS ENUM('draft', 'submitted', 'approved', 'returned')
        `);
    await queryRunner.query(`
            CREATE TABLE "host_profile" (
                "facility_id" uuid NOT NULL,
                "status" "public"."host_profile_status" NOT NULL,
                "draft" jsonb NOT NULL,
                "published" jsonb,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "review_comment" text,
                "reviewed_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_host_profile" PRIMARY KEY ("facility_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "host_profile"
            ADD CONSTRAINT "fk_host_profile_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "host_profile" DROP CONSTRAINT "fk_host_profile_facility"
        `);
    await queryRunner.query(`
            DROP TABLE "host_profile"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."host_profile_status"
        `);
  }
}
