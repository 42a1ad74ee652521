#!/bin/bash
yum install -y httpd php php-mysqlnd
systemctl enable --now httpd
aws s3 cp s3://acme-intranet-releases/latest.tar.gz /tmp/app.tgz
tar -xzf /tmp/app.tgz -C /var/www/html
