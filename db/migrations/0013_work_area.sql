ALTER TABLE `profiles` ADD `work_kommuner` text DEFAULT '[]' NOT NULL;
--> statement-breakpoint
ALTER TABLE `profiles` ADD `work_fylker` text DEFAULT '[]' NOT NULL;
--> statement-breakpoint
ALTER TABLE `profiles` ADD `work_whole_country` integer DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE `profiles` ADD `max_travel_km` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE `profiles` ADD `work_area_confirmed_at` text;
--> statement-breakpoint
ALTER TABLE `profiles` ADD `shown_work_area` text;
--> statement-breakpoint
-- Existing profiles: the work area is derived from where the person lives (the kommune, 30 km around it),
-- left unconfirmed so the jobbspesialist is asked to confirm it.
UPDATE `profiles` SET `work_kommuner` = json_array((SELECT `kommunenummer` FROM `candidates` c WHERE c.`id` = `profiles`.`candidate_id`)), `max_travel_km` = 30
  WHERE EXISTS (SELECT 1 FROM `candidates` c WHERE c.`id` = `profiles`.`candidate_id`);
--> statement-breakpoint
-- What employers see until the profile is saved again: «deler av <fylke>» for the fylke they already saw, nothing finer.
-- A fylke the guard had hidden stays hidden: no shown area (such a profile matches nothing until it is confirmed).
UPDATE `profiles` SET `shown_work_area` = json_object('kommuner', json_array(), 'fylker', json_array(), 'partFylker', json_array(`shown_fylkesnummer`), 'wholeCountry', json('false'), 'maxTravelKm', 0)
  WHERE `shown_fylkesnummer` IS NOT NULL;
