import { MigrationInterface, QueryRunner } from 'typeorm';

export class HostDirectory1796003677693 implements MigrationInterface {
  name = 'HostDirectory1796003677693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "host_listing" (
                "round_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "facility_code" character varying(20) NOT NULL,
                "name" text NOT NULL,
                "name_reading" text,
                "name_key" text NOT NULL,
                "sort_name" text NOT NULL,
                "search_text" text NOT NULL,
                "prefecture_code" character(2) NOT NULL,
                "block" character varying(20) NOT NULL,
                "municipality" text NOT NULL,
                "bed_count" integer,
                "physician_scarce_area" boolean NOT NULL,
                "physician_scarce_spot" boolean NOT NULL,
                "sample" boolean NOT NULL,
                "places" jsonb NOT NULL,
                "acceptable_total" integer NOT NULL,
                "dormitory" boolean,
                "housing_support" boolean,
                "car_not_needed" boolean,
                "childcare_nearby" boolean,
                "profile_completeness" smallint,
                "photo_id" uuid,
                CONSTRAINT "pk_host_listing" PRIMARY KEY ("round_id", "facility_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "host_listing_place" (
                "round_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "specialty_code" character varying(40) NOT NULL,
                "category_code" character varying(40) NOT NULL,
                "months" integer array NOT NULL,
                CONSTRAINT "pk_host_listing_place" PRIMARY KEY (
                    "round_id",
                    "facility_id",
                    "specialty_code",
                    "category_code"
                )
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "prefecture_profile" (
                "prefecture_code" character(2) NOT NULL,
                "content" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "pk_prefecture_profile" PRIMARY KEY ("prefecture_code")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing"
            ADD CONSTRAINT "fk_host_listing_round" FOREIGN KEY ("round_id") REFERENCES "nomination_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing"
            ADD CONSTRAINT "fk_host_listing_facility" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing_place"
            ADD CONSTRAINT "fk_host_listing_place_listing" FOREIGN KEY ("round_id", "facility_id") REFERENCES "host_listing"("round_id", "facility_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "prefecture_profile"
            ADD CONSTRAINT "fk_prefecture_profile_prefecture" FOREIGN KEY ("prefecture_code") REFERENCES "prefecture"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Trigram index for `search_text LIKE '%…%'`: measured with the cluster's C.UTF-8 ctype, it turns a
    // 3+ character Japanese substring search over 10,000 hosts from a scan into an index lookup.
    // pg_trgm is a trusted extension (PostgreSQL 13+): the schema owner may create it.
    await queryRunner.query(`
            CREATE EXTENSION IF NOT EXISTS pg_trgm
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_host_listing_search_text" ON "host_listing" USING gin ("search_text" gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_host_listing_search_text"
        `);
    await queryRunner.query(`
            ALTER TABLE "prefecture_profile" DROP CONSTRAINT "fk_prefecture_profile_prefecture"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing_place" DROP CONSTRAINT "fk_host_listing_place_listing"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing" DROP CONSTRAINT "fk_host_listing_facility"
        `);
    await queryRunner.query(`
            ALTER TABLE "host_listing" DROP CONSTRAINT "fk_host_listing_round"
        `);
    await queryRunner.query(`
            DROP TABLE "prefecture_profile"
        `);
    await queryRunner.query(`
            DROP TABLE "host_listing_place"
        `);
    await queryRunner.query(`
            DROP TABLE "host_listing"
        `);
  }
}
