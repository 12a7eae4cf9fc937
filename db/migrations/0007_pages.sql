CREATE TYPE "public"."article_kind" AS ENUM('article', 'page');--> statement-breakpoint
DROP INDEX "published_articles_corrections_idx";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "kind" "article_kind" DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "published_articles" ADD COLUMN "kind" "article_kind" DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "published_articles" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "footer_page_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "published_articles_corrections_idx" ON "published_articles" USING btree ("corrected_at" DESC NULLS FIRST,"article_id" DESC NULLS FIRST) WHERE "published_articles"."correction_note" <> '';--> statement-breakpoint
-- Notes published before this migration: their article's last change is the best date there is.
UPDATE "published_articles" SET "corrected_at" = "modified_at" WHERE "correction_note" <> '';