DROP INDEX "articles_status_updated_idx";--> statement-breakpoint
DROP INDEX "articles_updated_idx";--> statement-breakpoint
DROP INDEX "media_created_at_idx";--> statement-breakpoint
DROP INDEX "published_articles_published_at_idx";--> statement-breakpoint
DROP INDEX "published_articles_modified_at_idx";--> statement-breakpoint
DROP INDEX "revisions_article_idx";--> statement-breakpoint
CREATE INDEX "articles_status_updated_idx" ON "articles" USING btree ("status","updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_updated_idx" ON "articles" USING btree ("updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "published_articles_published_at_idx" ON "published_articles" USING btree ("published_at" DESC NULLS FIRST,"article_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "published_articles_modified_at_idx" ON "published_articles" USING btree ("modified_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "revisions_article_idx" ON "revisions" USING btree ("article_id","created_at" DESC NULLS FIRST);