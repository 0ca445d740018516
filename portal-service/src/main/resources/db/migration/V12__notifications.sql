-- Who has signed in to the portal, as their token said when they last came: the address, name and realm roles, so
-- a notification for a person whose sender knew no address, for a brand's members and for staff by role can be
-- mailed. Recorded by the first page after sign-in and again whenever the token says something else.
CREATE TABLE portal_user (
    keycloak_subject VARCHAR(64) PRIMARY KEY,
    email            VARCHAR(254),
    name             VARCHAR(200),
    roles            VARCHAR(200) NOT NULL,
    seen_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Staff by realm role: a role expands along its own key, never over every user.
CREATE TABLE portal_user_role (
    role             VARCHAR(32) NOT NULL,
    keycloak_subject VARCHAR(64) NOT NULL REFERENCES portal_user (keycloak_subject),
    PRIMARY KEY (role, keycloak_subject)
);

-- One row per notification and person told. The same notification key for the same person is filed once.
CREATE TABLE inbox_entry (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_subject VARCHAR(64)  NOT NULL,
    notification_key  VARCHAR(128) NOT NULL,
    kind              VARCHAR(64)  NOT NULL,
    params            VARCHAR(4000) NOT NULL,
    link              VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    mailed_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT inbox_entry_once UNIQUE (notification_key, recipient_subject)
);
-- The inbox, newest first, paged by id.
CREATE INDEX inbox_entry_recipient ON inbox_entry (recipient_subject, id);

-- The header's unread figure: kept as entries are filed and read, never counted over the inbox.
CREATE TABLE inbox_unread (
    keycloak_subject VARCHAR(64) PRIMARY KEY,
    unread           INTEGER NOT NULL CHECK (unread >= 0)
);

-- Optional kinds a user does not want mailed (they still reach the inbox).
CREATE TABLE notification_opt_out (
    keycloak_subject VARCHAR(64) NOT NULL,
    kind             VARCHAR(64) NOT NULL,
    PRIMARY KEY (keycloak_subject, kind)
);
