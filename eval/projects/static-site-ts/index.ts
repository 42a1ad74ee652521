import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as fs from "fs";
import * as path from "path";
import * as mime from "mime";

const config = new pulumi.Config();
const suffix = config.get("suffix") ?? pulumi.getStack();
const domainName = config.get("domainName");
const forceDestroy = config.getBoolean("forceDestroy") ?? true;

const tags = {
    Project: "static-site",
    Environment: suffix,
    ManagedBy: "pulumi",
};

// ---------------------------------------------------------------------------
// Content bucket: private, encrypted, versioned. Only CloudFront reads it.
// ---------------------------------------------------------------------------
const siteBucket = new aws.s3.Bucket(`site-${suffix}`, {
    forceDestroy,
    tags,
});

new aws.s3.BucketOwnershipControls(`site-${suffix}-ownership`, {
    bucket: siteBucket.id,
    rule: { objectOwnership: "BucketOwnerEnforced" },
});

const sitePublicAccess = new aws.s3.BucketPublicAccessBlock(`site-${suffix}-pab`, {
    bucket: siteBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});

new aws.s3.BucketServerSideEncryptionConfiguration(`site-${suffix}-sse`, {
    bucket: siteBucket.id,
    rules: [{
        applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" },
        bucketKeyEnabled: true,
    }],
});

new aws.s3.BucketVersioning(`site-${suffix}-versioning`, {
    bucket: siteBucket.id,
    versioningConfiguration: { status: "Enabled" },
});

// ---------------------------------------------------------------------------
// Log bucket for CloudFront standard logs. CloudFront (legacy) logging writes
// with an ACL, so this bucket keeps ACLs enabled (BucketOwnerPreferred).
// ---------------------------------------------------------------------------
const logBucket = new aws.s3.Bucket(`site-logs-${suffix}`, {
    forceDestroy,
    tags,
});

const logOwnership = new aws.s3.BucketOwnershipControls(`site-logs-${suffix}-ownership`, {
    bucket: logBucket.id,
    rule: { objectOwnership: "BucketOwnerPreferred" },
});

new aws.s3.BucketPublicAccessBlock(`site-logs-${suffix}-pab`, {
    bucket: logBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});

new aws.s3.BucketServerSideEncryptionConfiguration(`site-logs-${suffix}-sse`, {
    bucket: logBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

new aws.s3.BucketLifecycleConfiguration(`site-logs-${suffix}-lifecycle`, {
    bucket: logBucket.id,
    rules: [{
        id: "expire-logs",
        status: "Enabled",
        filter: { prefix: "" },
        expiration: { days: 90 },
    }],
});

// ---------------------------------------------------------------------------
// Public downloads bucket: release artifacts are linked from the site and from
// package managers, so anonymous GetObject under releases/ is intentional.
// ACLs stay blocked; access is granted only by the bucket policy below.
// ---------------------------------------------------------------------------
const downloadsBucket = new aws.s3.Bucket(`downloads-${suffix}`, {
    forceDestroy,
    tags: { ...tags, DataClassification: "public" },
});

const downloadsPublicAccess = new aws.s3.BucketPublicAccessBlock(`downloads-${suffix}-pab`, {
    bucket: downloadsBucket.id,
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: false,
    restrictPublicBuckets: false,
});

new aws.s3.BucketServerSideEncryptionConfiguration(`downloads-${suffix}-sse`, {
    bucket: downloadsBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

new aws.s3.BucketPolicy(`downloads-${suffix}-policy`, {
    bucket: downloadsBucket.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "PublicReadReleases",
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: pulumi.interpolate`${downloadsBucket.arn}/releases/*`,
        }],
    }),
}, { dependsOn: [downloadsPublicAccess] });

// ---------------------------------------------------------------------------
// Optional custom domain: the certificate must live in us-east-1 for CloudFront.
// ---------------------------------------------------------------------------
let certificateArn: pulumi.Output<string> | undefined;
let zoneId: Promise<string> | undefined;
if (domainName) {
    const usEast1 = new aws.Provider(`us-east-1-${suffix}`, { region: "us-east-1" });
    const parentDomain = domainName.split(".").slice(1).join(".");
    zoneId = aws.route53.getZone({ name: parentDomain, privateZone: false }).then(z => z.zoneId);

    const certificate = new aws.acm.Certificate(`site-cert-${suffix}`, {
        domainName,
        validationMethod: "DNS",
        tags,
    }, { provider: usEast1 });

    const validationRecord = new aws.route53.Record(`site-cert-validation-${suffix}`, {
        zoneId,
        name: certificate.domainValidationOptions[0].resourceRecordName,
        type: certificate.domainValidationOptions[0].resourceRecordType,
        records: [certificate.domainValidationOptions[0].resourceRecordValue],
        ttl: 300,
        allowOverwrite: true,
    });

    const validation = new aws.acm.CertificateValidation(`site-cert-validated-${suffix}`, {
        certificateArn: certificate.arn,
        validationRecordFqdns: [validationRecord.fqdn],
    }, { provider: usEast1 });

    certificateArn = validation.certificateArn;
}

// ---------------------------------------------------------------------------
// CloudFront with Origin Access Control (SigV4) in front of the private bucket.
// ---------------------------------------------------------------------------
const oac = new aws.cloudfront.OriginAccessControl(`site-oac-${suffix}`, {
    name: `site-oac-${suffix}`,
    description: "Signed requests from CloudFront to the site bucket",
    originAccessControlOriginType: "s3",
    signingBehavior: "always",
    signingProtocol: "sigv4",
});

// AWS managed policies (see CloudFront "Use managed cache policies").
const cachingOptimizedPolicyId = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const securityHeadersPolicyId = "67f7725c-6f97-4210-82d7-5512b31e9d03";

const originId = "site-s3";
const distribution = new aws.cloudfront.Distribution(`site-cdn-${suffix}`, {
    enabled: true,
    isIpv6Enabled: true,
    httpVersion: "http2and3",
    comment: `Static site (${suffix})`,
    defaultRootObject: "index.html",
    priceClass: "PriceClass_100",
    aliases: domainName ? [domainName] : [],
    origins: [{
        originId,
        domainName: siteBucket.bucketRegionalDomainName,
        originAccessControlId: oac.id,
    }],
    defaultCacheBehavior: {
        targetOriginId: originId,
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD", "OPTIONS"],
        cachedMethods: ["GET", "HEAD"],
        compress: true,
        cachePolicyId: cachingOptimizedPolicyId,
        responseHeadersPolicyId: securityHeadersPolicyId,
    },
    customErrorResponses: [
        { errorCode: 403, responseCode: 404, responsePagePath: "/404.html", errorCachingMinTtl: 60 },
        { errorCode: 404, responseCode: 404, responsePagePath: "/404.html", errorCachingMinTtl: 60 },
    ],
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: certificateArn
        ? { acmCertificateArn: certificateArn, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }
        : { cloudfrontDefaultCertificate: true },
    loggingConfig: {
        bucket: logBucket.bucketDomainName,
        prefix: "cloudfront/",
        includeCookies: false,
    },
    tags,
}, { dependsOn: [logOwnership] });

// Only this distribution may read the bucket.
new aws.s3.BucketPolicy(`site-${suffix}-policy`, {
    bucket: siteBucket.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "AllowCloudFrontServicePrincipalReadOnly",
            Effect: "Allow",
            Principal: { Service: "cloudfront.amazonaws.com" },
            Action: "s3:GetObject",
            Resource: pulumi.interpolate`${siteBucket.arn}/*`,
            Condition: {
                StringEquals: { "AWS:SourceArn": distribution.arn },
            },
        }],
    }),
}, { dependsOn: [sitePublicAccess] });

if (domainName && zoneId) {
    for (const type of ["A", "AAAA"]) {
        new aws.route53.Record(`site-alias-${type.toLowerCase()}-${suffix}`, {
            zoneId,
            name: domainName,
            type,
            aliases: [{
                name: distribution.domainName,
                zoneId: distribution.hostedZoneId,
                evaluateTargetHealth: false,
            }],
        });
    }
}

// ---------------------------------------------------------------------------
// Upload the site content.
// ---------------------------------------------------------------------------
const siteDir = path.join(__dirname, "site");
for (const file of fs.readdirSync(siteDir)) {
    const filePath = path.join(siteDir, file);
    if (!fs.statSync(filePath).isFile()) {
        continue;
    }
    new aws.s3.BucketObject(`site-${suffix}-${file}`, {
        bucket: siteBucket.id,
        key: file,
        source: new pulumi.asset.FileAsset(filePath),
        contentType: mime.getType(filePath) ?? "application/octet-stream",
        cacheControl: file.endsWith(".html") ? "public, max-age=300" : "public, max-age=86400",
    });
}

export const bucketName = siteBucket.bucket;
export const downloadsBucketName = downloadsBucket.bucket;
export const distributionId = distribution.id;
export const cloudfrontDomain = distribution.domainName;
export const url = domainName ? `https://${domainName}` : pulumi.interpolate`https://${distribution.domainName}`;
