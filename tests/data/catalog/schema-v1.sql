-- Kiln catalog schema 1 with data: `catalog_child HOME populate` then `sqlite3 catalog.db .dump`.
PRAGMA application_id = 1263094862;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO components VALUES(1,'hello',1,0,0,1,'build','Linux','Says hello',replace('name: hello\ndescription: Says hello\nschemaVersion: 1.0\nparameters:\n  - Greeting:\n      type: string\n      default: hello\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo "first {{ Greeting }}"\n','\n',char(10)),'ec4159f4c63fe07f99c078c52a2f8115224743b6b0fb57892ae73b2af5399d8e','ACTIVE','2026-11-27T10:31:57.015Z');
INSERT INTO components VALUES(2,'hello',1,0,0,2,'build','Linux','Says hello',replace('name: hello\ndescription: Says hello\nschemaVersion: 1.0\nparameters:\n  - Greeting:\n      type: string\n      default: hello\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo "second {{ Greeting }}"\n','\n',char(10)),'9960d66921a7e85d4aeeda9d94fa3103dbd262a465326efbf5972a3aca8ca937','ACTIVE','2026-11-27T10:31:57.029Z');
CREATE TABLE recipes (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    major             INTEGER NOT NULL CHECK (major >= 0),
    minor             INTEGER NOT NULL CHECK (minor >= 0),
    patch             INTEGER NOT NULL CHECK (patch >= 0),
    build             INTEGER NOT NULL CHECK (build >= 1),
    description       TEXT    NOT NULL DEFAULT '',
    parent_image      TEXT    NOT NULL,             
    disk_size_gib     INTEGER NOT NULL DEFAULT 0,   
    working_directory TEXT    NOT NULL DEFAULT '/tmp',
    sha256            TEXT    NOT NULL,             
    created_at        TEXT    NOT NULL
);
INSERT INTO recipes VALUES(1,'web',1,0,0,1,'','tinyos@1.x.x',0,'/tmp','872c2fb2edac34eea61b7f4dc9556badbe40e8c0013a695f0aebff33a0fa8649','2026-11-27T10:31:57.039Z');
CREATE TABLE recipe_components (
    recipe_id      INTEGER NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    component_ref  TEXT    NOT NULL,              
    component_name TEXT    NOT NULL,              
    parameters     TEXT    NOT NULL DEFAULT '{}', 
    PRIMARY KEY (recipe_id, position)
) WITHOUT ROWID;
INSERT INTO recipe_components VALUES(1,0,'hello@1.x.x','hello','{"Greeting":"hi"}');
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
INSERT INTO infrastructure VALUES(1,'local','','qemu:///session',1,1024,'auto','none','kiln',0,600,7200,3600,3600,'2026-11-27T10:31:57.037Z','2026-11-27T10:31:57.037Z');
CREATE TABLE distributions (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
INSERT INTO distributions VALUES(1,'out','','2026-11-27T10:31:57.038Z','2026-11-27T10:31:57.038Z');
CREATE TABLE distribution_targets (
    distribution_id INTEGER NOT NULL REFERENCES distributions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('directory', 'pool')),
    directory       TEXT    NOT NULL DEFAULT '',
    pool            TEXT    NOT NULL DEFAULT '',
    uri             TEXT    NOT NULL DEFAULT '',
    formats         TEXT    NOT NULL,               
    compression     TEXT    NOT NULL DEFAULT 'none',
    checksums       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (distribution_id, position)
) WITHOUT ROWID;
INSERT INTO distribution_targets VALUES(1,0,'directory','/srv/images','','','qcow2,raw','none',1);
CREATE TABLE pipelines (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE,
    description       TEXT    NOT NULL DEFAULT '',
    recipe_ref        TEXT    NOT NULL,             
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
INSERT INTO pipelines VALUES(1,'web-pipeline','','web@1.0.0','web',1,1,1,'manual','always',1,'2026-11-27T10:31:57.041Z','2026-11-27T10:31:57.041Z');
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
    content_sha256  TEXT    NOT NULL DEFAULT '',    
    base_image_id   INTEGER REFERENCES images (id) ON DELETE SET NULL,
    base_image_ref  TEXT    NOT NULL DEFAULT '',
    recipe_id       INTEGER REFERENCES recipes (id) ON DELETE SET NULL,
    recipe_ref      TEXT    NOT NULL DEFAULT '',
    build_id        INTEGER,                        
    source_url      TEXT    NOT NULL DEFAULT '',
    os_info         TEXT    NOT NULL DEFAULT '{}',  
    os_id           TEXT    NOT NULL DEFAULT '',
    package_count   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    finished_at     TEXT,
    updated_at      TEXT    NOT NULL
);
INSERT INTO images VALUES(1,'tinyos',1,0,0,1,'AVAILABLE','','imported','','/nonexistent/tinyos.qcow2',1,'','','','qcow2',1073741824,1048576,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','/nonexistent/vmlinuz','/nonexistent/initrd.img','console=ttyS0','2e66e2df2639c822eec8fb6aea6ec373d3c82448e0a6bf9de1b2502815ce7a26',NULL,'',NULL,'',NULL,'','{}','',0,'2026-11-27T10:31:57.030Z','2026-11-27T10:31:57.030Z','2026-11-27T10:31:57.030Z');
INSERT INTO images VALUES(2,'web',1,0,0,1,'FAILED','step Check failed with exit code 3','built','','',0,'','','','',0,0,'','','','','',1,'kiln:image/tinyos/1.0.0/1',1,'kiln:recipe/web/1.0.0/1',1,'','{}','',0,'2026-11-27T10:31:57.042Z','2026-11-27T10:31:57.054Z','2026-11-27T10:31:57.054Z');
CREATE TABLE image_components (
    image_id      INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    component_id  INTEGER REFERENCES components (id) ON DELETE SET NULL,
    component_ref TEXT    NOT NULL,              
    type          TEXT    NOT NULL CHECK (type IN ('build', 'test')),
    parameters    TEXT    NOT NULL DEFAULT '{}',
    PRIMARY KEY (image_id, position)
) WITHOUT ROWID;
INSERT INTO image_components VALUES(2,0,2,'kiln:component/hello/1.0.0/2','build','{"Greeting":"hi"}');
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
    plan              TEXT    NOT NULL DEFAULT '{}',  
    failure_stage     TEXT    NOT NULL DEFAULT '',
    failure_component TEXT    NOT NULL DEFAULT '',
    failure_phase     TEXT    NOT NULL DEFAULT '',
    failure_step      TEXT    NOT NULL DEFAULT '',
    failure_exit_code INTEGER,
    failure_message   TEXT    NOT NULL DEFAULT '',
    failure_log_tail  TEXT    NOT NULL DEFAULT '',    
    worker_pid        INTEGER NOT NULL DEFAULT 0,
    lock_path         TEXT    NOT NULL DEFAULT '',
    cancel_requested  INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT    NOT NULL,
    started_at        TEXT,
    finished_at       TEXT,
    updated_at        TEXT    NOT NULL
);
INSERT INTO builds VALUES(1,'pipeline',1,'web-pipeline',2,'FAILED','step Check failed with exit code 3','{}','BUILDING','kiln:component/hello/1.0.0/2','validate','Check',3,'step Check failed with exit code 3',replace('line 1\nline 2','\n',char(10)),0,'',0,'2026-11-27T10:31:57.042Z','2026-11-27T10:31:57.046Z','2026-11-27T10:31:57.054Z','2026-11-27T10:31:57.054Z');
CREATE TABLE build_stages (
    build_id    INTEGER NOT NULL REFERENCES builds (id) ON DELETE CASCADE,
    stage       TEXT    NOT NULL CHECK (stage IN ('CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING')),
    status      TEXT    NOT NULL CHECK (status IN ('running', 'success', 'failed', 'cancelled')),
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    PRIMARY KEY (build_id, stage)
) WITHOUT ROWID;
INSERT INTO build_stages VALUES(1,'BUILDING','failed','2026-11-27T10:31:57.049Z','2026-11-27T10:31:57.054Z');
INSERT INTO build_stages VALUES(1,'CREATING','success','2026-11-27T10:31:57.046Z','2026-11-27T10:31:57.049Z');
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
INSERT INTO build_steps VALUES(1,1,'BUILDING','kiln:component/hello/1.0.0/2','build','Say',0,'success',0,'','2026-11-27T10:31:57.054Z','2026-11-27T10:31:57.054Z');
INSERT INTO build_steps VALUES(2,1,'BUILDING','kiln:component/hello/1.0.0/2','validate','Check',0,'failed',3,'exit 3','2026-11-27T10:31:57.054Z','2026-11-27T10:31:57.054Z');
CREATE TABLE build_logs (
    id         INTEGER PRIMARY KEY,
    build_id   INTEGER NOT NULL REFERENCES builds (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    path       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    UNIQUE (build_id, kind)
);
INSERT INTO build_logs VALUES(1,1,'events','/nonexistent/logs/build-1/events.jsonl','2026-11-27T10:31:57.057Z');
CREATE UNIQUE INDEX components_version
    ON components (name, major DESC, minor DESC, patch DESC, build DESC);
CREATE TRIGGER components_immutable
BEFORE UPDATE OF name, major, minor, patch, build, type, platform, description, document, sha256,
                 created_at ON components
BEGIN
    SELECT RAISE(ABORT, 'components are immutable: store a new version instead');
END;
CREATE UNIQUE INDEX recipes_version
    ON recipes (name, major DESC, minor DESC, patch DESC, build DESC);
CREATE TRIGGER recipes_immutable BEFORE UPDATE ON recipes
BEGIN
    SELECT RAISE(ABORT, 'recipes are immutable: store a new version instead');
END;
CREATE INDEX recipe_components_name ON recipe_components (component_name);
CREATE INDEX pipelines_recipe ON pipelines (recipe_name);
CREATE UNIQUE INDEX images_version
    ON images (name, major DESC, minor DESC, patch DESC, build DESC);
CREATE INDEX images_available
    ON images (name, major DESC, minor DESC, patch DESC, build DESC) WHERE status = 'AVAILABLE';
CREATE INDEX images_status ON images (status);
CREATE INDEX images_base ON images (base_image_id);
CREATE INDEX images_recipe ON images (recipe_id);
CREATE INDEX image_components_component ON image_components (component_id);
CREATE INDEX builds_pipeline ON builds (pipeline_id, id DESC);
CREATE INDEX builds_unfinished ON builds (id) WHERE state NOT IN ('SUCCEEDED', 'FAILED', 'CANCELLED');
CREATE INDEX build_steps_build ON build_steps (build_id, id);
COMMIT;
