-- Runs once when the PostgreSQL container starts with an empty data directory:
-- one role for the services and one database per service (each service migrates its own with Flyway).
CREATE ROLE coproduction LOGIN PASSWORD 'coproduction';
CREATE DATABASE participants OWNER coproduction;
CREATE DATABASE sessions OWNER coproduction;
CREATE DATABASE notifications OWNER coproduction;
