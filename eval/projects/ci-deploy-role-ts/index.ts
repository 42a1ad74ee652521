import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { makeRepository } from "./ecr";

const config = new pulumi.Config();
const githubOrg = config.require("githubOrg");
const repos = config.requireObject<string[]>("repos");

const accountId = "123456789012";
const region = "us-west-2";

const github = new aws.iam.OpenIdConnectProvider("github", {
    url: "https://token.actions.githubusercontent.com",
    clientIdLists: ["sts.amazonaws.com"],
    thumbprintLists: ["6938fd4d98bab03faadb97b34396831e3780aea1"],
});

const deployRole = new aws.iam.Role("github-deploy", {
    name: "github-actions-deploy",
    maxSessionDuration: 3600,
    assumeRolePolicy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: { Federated: github.arn },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
                StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                StringLike: { "token.actions.githubusercontent.com:sub": `repo:${githubOrg}/*` },
            },
        }],
    }),
});

// Pulumi deploys from CI need broad rights; scope this down once the stacks settle.
new aws.iam.RolePolicyAttachment("github-deploy-admin", {
    role: deployRole.name,
    policyArn: "arn:aws:iam::aws:policy/AdministratorAccess",
});

const ecrRepos = repos.map((r) => makeRepository(r));

// Build artifacts (zips, sourcemaps) --------------------------------------
const artifacts = new aws.s3.BucketV2("artifacts", {
    bucket: `acme-build-artifacts-${accountId}-${region}`,
});
new aws.s3.BucketVersioningV2("artifacts-versioning", {
    bucket: artifacts.id,
    versioningConfiguration: { status: "Enabled" },
});
new aws.s3.BucketPublicAccessBlock("artifacts-pab", {
    bucket: artifacts.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketLifecycleConfigurationV2("artifacts-lifecycle", {
    bucket: artifacts.id,
    rules: [{
        id: "old-versions",
        status: "Enabled",
        noncurrentVersionExpiration: { noncurrentDays: 14 },
    }],
});

new aws.s3.BucketPolicy("artifacts-policy", {
    bucket: artifacts.id,
    policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [artifacts.arn, pulumi.interpolate`${artifacts.arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        }],
    }),
});

// Let the nightly job in the tooling account read artifacts
new aws.iam.RolePolicy("github-deploy-artifacts", {
    role: deployRole.id,
    policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Action: ["s3:GetObject", "s3:PutObject"],
            Resource: `arn:aws:s3:::acme-build-artifacts-${accountId}-${region}/*`,
        }],
    }),
});

export const deployRoleArn = deployRole.arn;
export const repositoryUrls = ecrRepos.map((r) => r.repositoryUrl);
export const artifactBucket = artifacts.bucket;
