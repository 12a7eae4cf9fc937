ALTER TABLE "site_settings" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "locale" text;