#!/bin/bash
set -euxo pipefail
dnf install -y java-17-amazon-corretto-headless
mkdir -p /opt/app
cat >/etc/systemd/system/app.service <<'UNIT'
[Unit]
Description=app
After=network.target
[Service]
ExecStart=/usr/bin/java -jar /opt/app/app.jar --server.port=8080
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
