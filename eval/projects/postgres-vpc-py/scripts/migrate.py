#!/usr/bin/env python3
"""Apply SQL migrations to the orders database.

Run from a task inside the VPC:  python scripts/migrate.py --secret-arn ARN --host HOST
"""

import argparse
import json
import pathlib

import boto3
import psycopg

MIGRATIONS = pathlib.Path(__file__).parent / "migrations"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--secret-arn", required=True)
    parser.add_argument("--host", required=True)
    args = parser.parse_args()

    secret = json.loads(boto3.client("secretsmanager").get_secret_value(SecretId=args.secret_arn)["SecretString"])
    with psycopg.connect(
        host=args.host, dbname="orders", user=secret["username"], password=secret["password"], sslmode="require"
    ) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY)")
        done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        for path in sorted(MIGRATIONS.glob("*.sql")):
            if path.name in done:
                continue
            conn.execute(path.read_text())
            conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (path.name,))
            print(f"applied {path.name}")


if __name__ == "__main__":
    main()
