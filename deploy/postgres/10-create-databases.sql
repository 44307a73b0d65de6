-- Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d).
-- One database per write service; they share no table (docs/architecture.md). insights keeps no
-- PostgreSQL data. Owner: the image's POSTGRES_USER, which the services connect as.
CREATE DATABASE hearth_journal;
CREATE DATABASE hearth_commitment;
