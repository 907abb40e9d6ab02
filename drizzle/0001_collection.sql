CREATE TABLE "diagnostics" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"title" text NOT NULL,
	"languages" jsonb NOT NULL,
	"context" jsonb NOT NULL,
	"expected" jsonb,
	"k" smallint DEFAULT 5 NOT NULL,
	"executive_mode" text DEFAULT 'standard' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"instrument_version" text NOT NULL,
	"previous_diagnostic_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "diagnostics_k_min" CHECK ("diagnostics"."k" >= 3)
);
--> statement-breakpoint
CREATE TABLE "response_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"diagnostic_id" text NOT NULL,
	"level" text NOT NULL,
	"function" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"diagnostic_id" text NOT NULL,
	"submitted_on" date NOT NULL,
	"level" text NOT NULL,
	"function" text NOT NULL,
	"source" text NOT NULL,
	"trust_1" smallint,
	"trust_2" smallint,
	"trust_3" smallint,
	"trust_4" smallint,
	"communication_1" smallint,
	"communication_2" smallint,
	"communication_3" smallint,
	"communication_4" smallint,
	"credit_sharing_1" smallint,
	"credit_sharing_2" smallint,
	"credit_sharing_3" smallint,
	"credit_sharing_4" smallint,
	"shared_goals_1" smallint,
	"shared_goals_2" smallint,
	"shared_goals_3" smallint,
	"shared_goals_4" smallint,
	"lead_process_1" smallint,
	"lead_process_2" smallint,
	"lead_process_3" smallint,
	"lead_process_4" smallint,
	"leadership_1" smallint,
	"leadership_2" smallint,
	"leadership_3" smallint,
	"leadership_4" smallint,
	"collaboration_1" smallint,
	"collaboration_2" smallint,
	"collaboration_3" smallint,
	"collaboration_4" smallint,
	"overall_alignment" smallint,
	"meta_exec_view" smallint,
	"meta_frontline_view" smallint,
	"structure_influence" smallint,
	"structure_marketing_executes" smallint,
	"structure_sales_follows" smallint,
	"structure_roles_distinct" smallint,
	"structure_roles_unclear" smallint,
	"structure_merged_team" smallint
);
--> statement-breakpoint
CREATE TABLE "submission_receipts" (
	"diagnostic_id" text NOT NULL,
	"key_hash" text NOT NULL,
	CONSTRAINT "submission_receipts_diagnostic_id_key_hash_pk" PRIMARY KEY("diagnostic_id","key_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"diagnostic_id" text NOT NULL,
	"email" text NOT NULL,
	"answered" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"id" text PRIMARY KEY NOT NULL,
	"diagnostic_id" text NOT NULL,
	"preset_level" text,
	"preset_function" text,
	"label" text NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_previous_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("previous_diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_comments" ADD CONSTRAINT "response_comments_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnostics_organisation_id_idx" ON "diagnostics" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "response_comments_diagnostic_id_idx" ON "response_comments" USING btree ("diagnostic_id");--> statement-breakpoint
CREATE INDEX "responses_diagnostic_id_idx" ON "responses" USING btree ("diagnostic_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_diagnostic_id_idx" ON "survey_invitations" USING btree ("diagnostic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_diagnostic_email_idx" ON "survey_invitations" USING btree ("diagnostic_id","email");--> statement-breakpoint
CREATE INDEX "survey_links_diagnostic_id_idx" ON "survey_links" USING btree ("diagnostic_id");