CREATE TABLE "plan_items" (
	"id" text PRIMARY KEY NOT NULL,
	"diagnostic_id" text NOT NULL,
	"position" integer NOT NULL,
	"action_id" text,
	"custom_title" text,
	"custom_description" text,
	"reason" jsonb,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'todo' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_diagnostic_id_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_items_diagnostic_id_idx" ON "plan_items" USING btree ("diagnostic_id","position");