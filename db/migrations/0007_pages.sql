CREATE TYPE "public"."article_kind" AS ENUM('article', 'page');--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "kind" "article_kind" DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "published_articles" ADD COLUMN "kind" "article_kind" DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "footer_page_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;