import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { uploadDirectory } from "./upload";

const config = new pulumi.Config();
const stack = pulumi.getStack();
const apiUrl = config.require("apiUrl");

const tags = { Project: "spa-website", Environment: stack };

// The client is built by `npm run build:client` before `pulumi up`.
const distDir = path.join(__dirname, "..", "client", "dist");

// Website bucket. Objects are public on purpose: the S3 website endpoint serves them
// anonymously and CloudFront fetches them over HTTP like any other client.
const bucket = new aws.s3.BucketV2(`spa-${stack}`, {
    forceDestroy: true,
    tags,
});

const website = new aws.s3.BucketWebsiteConfigurationV2(`spa-${stack}-website`, {
    bucket: bucket.id,
    indexDocument: { suffix: "index.html" },
    // Client-side routing: unknown paths fall back to the app shell.
    errorDocument: { key: "index.html" },
});

const publicAccess = new aws.s3.BucketPublicAccessBlock(`spa-${stack}-pab`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: false,
    restrictPublicBuckets: false,
});

new aws.s3.BucketPolicy(`spa-${stack}-policy`, {
    bucket: bucket.id,
    policy: bucket.arn.apply((arn) => JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "PublicReadGetObject",
            Effect: "Allow",
            Principal: "*",
            Action: ["s3:GetObject"],
            Resource: [`${arn}/*`],
        }],
    })),
}, { dependsOn: [publicAccess] });

uploadDirectory(distDir, bucket, {
    // The development copy from client/public; the stack writes its own below.
    exclude: ["config.js"],
    // Hashed asset names never change, so they can be cached for a year.
    cacheControl: (key) => key.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
});

// Runtime configuration the client reads before it boots (see client/public/config.js).
new aws.s3.BucketObjectv2(`spa-${stack}-config`, {
    bucket: bucket.id,
    key: "config.js",
    content: `window.APP_CONFIG = ${JSON.stringify({ apiUrl, stage: stack })};\n`,
    contentType: "application/javascript",
    cacheControl: "no-cache",
});

const cdn = new aws.cloudfront.Distribution(`spa-${stack}-cdn`, {
    enabled: true,
    isIpv6Enabled: true,
    defaultRootObject: "index.html",
    priceClass: "PriceClass_100",
    origins: [{
        originId: "website",
        domainName: website.websiteEndpoint,
        customOriginConfig: {
            originProtocolPolicy: "http-only",
            httpPort: 80,
            httpsPort: 443,
            originSslProtocols: ["TLSv1.2"],
        },
    }],
    defaultCacheBehavior: {
        targetOriginId: "website",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        compress: true,
        forwardedValues: {
            queryString: false,
            cookies: { forward: "none" },
        },
        minTtl: 0,
        defaultTtl: 300,
        maxTtl: 86400,
    },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
    tags,
});

export const bucketName = bucket.bucket;
export const websiteUrl = pulumi.interpolate`http://${website.websiteEndpoint}`;
export const cdnUrl = pulumi.interpolate`https://${cdn.domainName}`;
