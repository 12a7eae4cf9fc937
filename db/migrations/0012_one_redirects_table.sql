-- One table for every old public address (docs/architecture.md, "Old addresses"): redirects gains a
-- target per kind of thing an address can follow, the old slugs of tags and articles move into it as
-- 'slug-change' rows (their full old paths), and their own tables go.
ALTER TABLE "redirects" ALTER COLUMN "to_path" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "redirects" ADD COLUMN "article_id" uuid;--> statement-breakpoint
ALTER TABLE "redirects" ADD COLUMN "tag_id" uuid;--> statement-breakpoint
ALTER TABLE "redirects" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- An old slug was answered before any stored path at the same address (the article, page and tag
-- routes looked at their own table first), so it wins where both exist.
INSERT INTO "redirects" ("from_path", "source", "article_id", "status", "created_at", "updated_at")
SELECT CASE WHEN a."kind" = 'page' THEN '/' ELSE '/news/' END || r."from_slug", 'slug-change', r."article_id", 308, r."created_at", r."created_at"
FROM "article_redirects" r JOIN "articles" a ON a."id" = r."article_id"
ON CONFLICT ("from_path") DO UPDATE SET "source" = excluded."source", "to_path" = NULL, "article_id" = excluded."article_id", "status" = 308, "created_at" = excluded."created_at", "updated_at" = excluded."updated_at";--> statement-breakpoint
INSERT INTO "redirects" ("from_path", "source", "tag_id", "status", "created_at", "updated_at")
SELECT '/tag/' || r."from_slug", 'slug-change', r."tag_id", 308, r."created_at", r."created_at"
FROM "tag_redirects" r
ON CONFLICT ("from_path") DO UPDATE SET "source" = excluded."source", "to_path" = NULL, "tag_id" = excluded."tag_id", "status" = 308, "created_at" = excluded."created_at", "updated_at" = excluded."updated_at";--> statement-breakpoint
DROP TABLE "article_redirects" CASCADE;--> statement-breakpoint
DROP TABLE "tag_redirects" CASCADE;--> statement-breakpoint
CREATE INDEX "redirects_article_idx" ON "redirects" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "redirects_tag_idx" ON "redirects" USING btree ("tag_id");--> statement-breakpoint
CREATE INDEX "redirects_user_idx" ON "redirects" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_one_target" CHECK (num_nonnulls("redirects"."to_path", "redirects"."article_id", "redirects"."tag_id", "redirects"."user_id") = 1);
