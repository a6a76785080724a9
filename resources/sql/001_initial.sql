-- Kiln catalog, schema 1. Applied in one transaction with PRAGMA user_version = 1.
-- Times are UTC ISO 8601 text with milliseconds ("2024-05-01T12:00:00.000Z").
-- Versions are stored as integer columns so that ordering is numeric and wildcard resolution is an
-- index seek (name, major DESC, minor DESC, patch DESC, build DESC).

PRAGMA application_id = 1263094862; -- 'KILN'

CREATE TABLE components (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    major       INTEGER NOT NULL CHECK (major >= 0),
    minor       INTEGER NOT NULL CHECK (minor >= 0),
    patch       INTEGER NOT NULL CHECK (patch >= 0),
    build       INTEGER NOT NULL CHECK (build >= 1),
    type        TEXT    NOT NULL CHECK (type IN ('build', 'test')),
    platform    TEXT    NOT NULL DEFAULT 'Linux',
    description TEXT    NOT NULL DEFAULT '',
    document    TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'ACTIVE',
    created_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX components_version
    ON components (name, major DESC, minor DESC, patch DESC, build DESC);

-- Components and recipes are immutable: a change is a new version or build.
-- (state may change later: deprecation is a life cycle action, not new content.)
CREATE TRIGGER components_immutable
BEFORE UPDATE OF name, major, minor, patch, build, type, platform, description, document, sha256,
                 created_at ON components
BEGIN
    SELECT RAISE(ABORT, 'components are immutable: store a new version instead');
END;

CREATE TABLE recipes (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    major             INTEGER NOT NULL CHECK (major >= 0),
    minor             INTEGER NOT NULL CHECK (minor >= 0),
    patch             INTEGER NOT NULL CHECK (patch >= 0),
    build             INTEGER NOT NULL CHECK (build >= 1),
    description       TEXT    NOT NULL DEFAULT '',
    parent_image      TEXT    NOT NULL,             -- an image reference as written
    disk_size_gib     INTEGER NOT NULL DEFAULT 0,   -- 0: keep the parent's size
    working_directory TEXT    NOT NULL DEFAULT '/tmp',
    sha256            TEXT    NOT NULL,             -- canonical content, identity for build numbers
    created_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX recipes_version
    ON recipes (name, major DESC, minor DESC, patch DESC, build DESC);

CREATE TRIGGER recipes_immutable BEFORE UPDATE ON recipes
BEGIN
    SELECT RAISE(ABORT, 'recipes are immutable: store a new version instead');
END;

CREATE TABLE recipe_components (
    recipe_id      INTEGER NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    component_ref  TEXT    NOT NULL,              -- as written: "hello@1.x.x"
    component_name TEXT    NOT NULL,              -- parsed, for referrer look-ups
    parameters     TEXT    NOT NULL DEFAULT '{}', -- JSON object name -> value
    PRIMARY KEY (recipe_id, position)
) WITHOUT ROWID;
CREATE INDEX recipe_components_name ON recipe_components (component_name);

CREATE TABLE infrastructure (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    description        TEXT    NOT NULL DEFAULT '',
    uri                TEXT    NOT NULL,
    vcpus              INTEGER NOT NULL CHECK (vcpus >= 1),
    memory_mib         INTEGER NOT NULL CHECK (memory_mib >= 64),
    accelerator        TEXT    NOT NULL CHECK (accelerator IN ('auto', 'kvm', 'tcg')),
    network            TEXT    NOT NULL CHECK (network IN ('none', 'user')),
    storage_pool       TEXT    NOT NULL,
    keep_vm_on_failure INTEGER NOT NULL DEFAULT 0,
    timeout_create     INTEGER NOT NULL,
    timeout_build      INTEGER NOT NULL,
    timeout_test       INTEGER NOT NULL,
    timeout_distribute INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE distributions (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE distribution_targets (
    distribution_id INTEGER NOT NULL REFERENCES distributions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('directory', 'pool')),
    directory       TEXT    NOT NULL DEFAULT '',
    pool            TEXT    NOT NULL DEFAULT '',
    uri             TEXT    NOT NULL DEFAULT '',
    formats         TEXT    NOT NULL,               -- comma-separated: qcow2,raw
    compression     TEXT    NOT NULL DEFAULT 'none',
    checksums       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (distribution_id, position)
) WITHOUT ROWID;

CREATE TABLE pipelines (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE,
    description       TEXT    NOT NULL DEFAULT '',
    recipe_ref        TEXT    NOT NULL,             -- a recipe reference as written
    recipe_name       TEXT    NOT NULL,
    infrastructure_id INTEGER NOT NULL REFERENCES infrastructure (id) ON DELETE RESTRICT,
    distribution_id   INTEGER REFERENCES distributions (id) ON DELETE RESTRICT,
    tests             INTEGER NOT NULL DEFAULT 1,
    schedule          TEXT    NOT NULL DEFAULT 'manual',
    start_condition   TEXT    NOT NULL DEFAULT 'always'
                              CHECK (start_condition IN ('always', 'dependenciesUpdated')),
    enabled           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX pipelines_recipe ON pipelines (recipe_name);

CREATE TABLE images (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    major           INTEGER NOT NULL CHECK (major >= 0),
    minor           INTEGER NOT NULL CHECK (minor >= 0),
    patch           INTEGER NOT NULL CHECK (patch >= 0),
    build           INTEGER NOT NULL CHECK (build >= 1),
    status          TEXT    NOT NULL CHECK (status IN ('PENDING', 'CREATING', 'BUILDING', 'TESTING',
                            'DISTRIBUTING', 'AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED',
                            'DISABLED', 'DELETED')),
    status_reason   TEXT    NOT NULL DEFAULT '',
    origin          TEXT    NOT NULL CHECK (origin IN ('imported', 'built')),
    description     TEXT    NOT NULL DEFAULT '',
    disk_path       TEXT    NOT NULL DEFAULT '',
    owns_disk       INTEGER NOT NULL DEFAULT 0,
    libvirt_uri     TEXT    NOT NULL DEFAULT '',
    pool            TEXT    NOT NULL DEFAULT '',
    volume          TEXT    NOT NULL DEFAULT '',
    format          TEXT    NOT NULL DEFAULT '',
    virtual_size    INTEGER NOT NULL DEFAULT 0,
    actual_size     INTEGER NOT NULL DEFAULT 0,
    sha256          TEXT    NOT NULL DEFAULT '',
    kernel_path     TEXT    NOT NULL DEFAULT '',
    initrd_path     TEXT    NOT NULL DEFAULT '',
    kernel_cmdline  TEXT    NOT NULL DEFAULT '',
    content_sha256  TEXT    NOT NULL DEFAULT '',    -- imports: identity for build numbers
    base_image_id   INTEGER REFERENCES images (id) ON DELETE SET NULL,
    base_image_ref  TEXT    NOT NULL DEFAULT '',
    recipe_id       INTEGER REFERENCES recipes (id) ON DELETE SET NULL,
    recipe_ref      TEXT    NOT NULL DEFAULT '',
    build_id        INTEGER,                        -- builds.id (no FK: builds refer to images)
    source_url      TEXT    NOT NULL DEFAULT '',
    os_info         TEXT    NOT NULL DEFAULT '{}',  -- JSON object of /etc/os-release keys
    os_id           TEXT    NOT NULL DEFAULT '',
    package_count   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    finished_at     TEXT,
    updated_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX images_version
    ON images (name, major DESC, minor DESC, patch DESC, build DESC);
-- Wildcard resolution for use as a parent image only considers AVAILABLE images.
CREATE INDEX images_available
    ON images (name, major DESC, minor DESC, patch DESC, build DESC) WHERE status = 'AVAILABLE';
CREATE INDEX images_status ON images (status);
CREATE INDEX images_base ON images (base_image_id);
CREATE INDEX images_recipe ON images (recipe_id);

CREATE TABLE image_components (
    image_id      INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    component_id  INTEGER REFERENCES components (id) ON DELETE SET NULL,
    component_ref TEXT    NOT NULL,              -- "kiln:component/hello/1.0.0/1", kept forever
    type          TEXT    NOT NULL CHECK (type IN ('build', 'test')),
    parameters    TEXT    NOT NULL DEFAULT '{}',
    PRIMARY KEY (image_id, position)
) WITHOUT ROWID;
CREATE INDEX image_components_component ON image_components (component_id);

CREATE TABLE image_packages (
    image_id     INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    version      TEXT    NOT NULL,
    architecture TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (image_id, name, architecture)
) WITHOUT ROWID;

CREATE TABLE builds (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('pipeline', 'component-test')),
    pipeline_id       INTEGER REFERENCES pipelines (id) ON DELETE SET NULL,
    pipeline_name     TEXT    NOT NULL DEFAULT '',
    image_id          INTEGER REFERENCES images (id) ON DELETE SET NULL,
    state             TEXT    NOT NULL CHECK (state IN ('PENDING', 'CREATING', 'BUILDING', 'TESTING',
                              'DISTRIBUTING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    state_reason      TEXT    NOT NULL DEFAULT '',
    plan              TEXT    NOT NULL DEFAULT '{}',  -- the frozen build plan (JSON)
    failure_stage     TEXT    NOT NULL DEFAULT '',
    failure_component TEXT    NOT NULL DEFAULT '',
    failure_phase     TEXT    NOT NULL DEFAULT '',
    failure_step      TEXT    NOT NULL DEFAULT '',
    failure_exit_code INTEGER,
    failure_message   TEXT    NOT NULL DEFAULT '',
    failure_log_tail  TEXT    NOT NULL DEFAULT '',    -- last log lines, newline-separated
    worker_pid        INTEGER NOT NULL DEFAULT 0,
    lock_path         TEXT    NOT NULL DEFAULT '',
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT    NOT NULL,
    started_at        TEXT,
    finished_at       TEXT,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX builds_pipeline ON builds (pipeline_id, id DESC);
CREATE INDEX builds_unfinished ON builds (id) WHERE state NOT IN ('SUCCEEDED', 'FAILED', 'CANCELLED');

CREATE TABLE build_stages (
    build_id    INTEGER NOT NULL REFERENCES builds (id) ON DELETE CASCADE,
    stage       TEXT    NOT NULL CHECK (stage IN ('CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING')),
    status      TEXT    NOT NULL CHECK (status IN ('running', 'success', 'failed', 'cancelled')),
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    PRIMARY KEY (build_id, stage)
) WITHOUT ROWID;

CREATE TABLE build_steps (
    id          INTEGER PRIMARY KEY,
    build_id    INTEGER NOT NULL REFERENCES builds (id) ON DELETE CASCADE,
    stage       TEXT    NOT NULL,
    component   TEXT    NOT NULL,
    phase       TEXT    NOT NULL,
    step        TEXT    NOT NULL,
    iteration   INTEGER NOT NULL DEFAULT 0,
    status      TEXT    NOT NULL CHECK (status IN ('running', 'success', 'failed', 'skipped',
                        'ignored', 'cancelled')),
    exit_code   INTEGER,
    message     TEXT    NOT NULL DEFAULT '',
    started_at  TEXT    NOT NULL,
    finished_at TEXT
);
CREATE INDEX build_steps_build ON build_steps (build_id, id);

CREATE TABLE build_logs (
    id         INTEGER PRIMARY KEY,
    build_id   INTEGER NOT NULL REFERENCES builds (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    path       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    UNIQUE (build_id, kind)
);
