-- Audit actions get one naming scheme (issue 13): SUBJECT_VERB, capitals, past tense.
-- audit_log is append-only (triggers from db/migrate.server.ts): lift them for this one rename, then put them back.
DROP TRIGGER IF EXISTS `audit_log_no_update`;
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'VACANCY_CREATED' WHERE `action` = 'vacancy.created';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'VACANCY_UPDATED' WHERE `action` = 'vacancy.updated';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'VACANCY_PUBLISHED' WHERE `action` = 'vacancy.publish';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'VACANCY_FILLED' WHERE `action` = 'vacancy.fill';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'VACANCY_CLOSED' WHERE `action` = 'vacancy.close';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'ORGANISATION_REGISTERED' WHERE `action` = 'organisation.register';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'USER_INVITED' WHERE `action` = 'user.invite';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'USER_INVITATION_ACCEPTED' WHERE `action` = 'user.invitation-accepted';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'USER_PASSWORD_RESET' WHERE `action` = 'user.password-reset';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'USER_DEACTIVATED' WHERE `action` = 'user.deactivate';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'USER_REACTIVATED' WHERE `action` = 'user.reactivate';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'RATE_ADDED' WHERE `action` = 'rate.add';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'AGREEMENT_LIST_VIEWED' WHERE `action` = 'AGREEMENT_LIST_VIEW';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'AGREEMENT_VIEWED' WHERE `action` = 'AGREEMENT_VIEW';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'AGREEMENT_STATUS_CHANGED_BY_DATE' WHERE `action` = 'AGREEMENT_STATUS_BY_DATE';
--> statement-breakpoint
UPDATE `audit_log` SET `action` = 'PERSON_LOOKED_UP' WHERE `action` = 'PERSON_LOOKUP';
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
