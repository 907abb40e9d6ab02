CREATE TABLE "report_archives" (
	"diagnostic_id" text PRIMARY KEY NOT NULL,
	"report" jsonb NOT NULL,
	"archived_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "diagnostics" ADD COLUMN "raw_answers_deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retention_months" smallint;--> statement-breakpoint
ALTER TABLE "report_archives" ADD CONSTRAINT "report_archives_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_months_range" CHECK ("organisations"."retention_months" is null or "organisations"."retention_months" between 1 and 120);