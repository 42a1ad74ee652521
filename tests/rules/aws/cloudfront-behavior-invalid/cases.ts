import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const spa = new aws.s3.BucketV2('spa');
new aws.s3.BucketObjectv2('index', { bucket: spa.id, key: 'index.html', source: new pulumi.asset.FileAsset('dist/index.html') });
const reports = new aws.s3.BucketV2('reports');
const OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const base = {
  enabled: true,
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
};
const origins = [
  { originId: 'spa-origin', domainName: spa.bucketRegionalDomainName },
  { originId: 'reports-origin', domainName: reports.bucketRegionalDomainName },
];

// --- bad
new aws.cloudfront.Distribution('spa', { // error: [aws/cloudfront-behavior-invalid]
  ...base,
  origins,
  defaultCacheBehavior: { targetOriginId: 'spa-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED },
});

new aws.cloudfront.Distribution('reports', {
  ...base,
  origins,
  defaultCacheBehavior: { targetOriginId: 'reports-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] }, // error: [aws/cloudfront-behavior-invalid]
  orderedCacheBehaviors: [
    {
      pathPattern: '/api/*',
      targetOriginId: 'api', // error: [aws/cloudfront-behavior-invalid]
      viewerProtocolPolicy: 'https-only',
      allowedMethods: ['GET', 'HEAD', 'POST'], // error: [aws/cloudfront-behavior-invalid]
      cachedMethods: ['GET', 'HEAD'],
      cachePolicyId: OPTIMIZED,
      forwardedValues: { queryString: true, cookies: { forward: 'all' } }, // error: [aws/cloudfront-behavior-invalid]
    },
  ],
});

// Deprecated but still accepted by CloudFront.
function legacyBehaviour(origin: string) {
  return {
    targetOriginId: origin,
    viewerProtocolPolicy: 'redirect-to-https',
    allowedMethods: ['GET', 'HEAD', 'OPTIONS'],
    cachedMethods: ['GET', 'HEAD', 'OPTIONS'],
    forwardedValues: { queryString: false, cookies: { forward: 'none' } },
    minTtl: 0,
    defaultTtl: 3600,
    maxTtl: 86400,
  };
}
const edgeRole = 'arn:aws:iam::123456789012:role/edge';
const usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });
const euWest1 = new aws.Provider('eu-west-1', { region: 'eu-west-1' });
const headers = new aws.lambda.Function('headers', { runtime: 'nodejs22.x', handler: 'index.handler', role: edgeRole, code: new pulumi.asset.FileArchive('./edge'), publish: true, environment: { variables: { STAGE: 'prod' } } }, { provider: euWest1 });
new aws.cloudfront.Distribution('edge', {
  ...base,
  origins,
  defaultRootObject: 'index.html',
  defaultCacheBehavior: {
    targetOriginId: 'spa-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED,
    lambdaFunctionAssociations: [{ eventType: 'origin-response', lambdaArn: headers.arn }], // error: [aws/cloudfront-behavior-invalid]
  },
});

// --- clean
const rewrite = new aws.lambda.Function('rewrite', { runtime: 'nodejs22.x', handler: 'index.handler', role: edgeRole, code: new pulumi.asset.FileArchive('./edge'), publish: true }, { provider: usEast1 });
new aws.cloudfront.Distribution('edge-ok', {
  ...base,
  origins,
  defaultRootObject: 'index.html',
  defaultCacheBehavior: {
    targetOriginId: 'spa-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED,
    lambdaFunctionAssociations: [{ eventType: 'viewer-request', lambdaArn: rewrite.qualifiedArn }],
  },
});
new aws.cloudfront.Distribution('legacy', { ...base, origins, defaultRootObject: 'index.html', defaultCacheBehavior: legacyBehaviour('spa-origin') });
new aws.cloudfront.Distribution('spa-ok', {
  ...base,
  origins,
  defaultRootObject: 'index.html',
  defaultCacheBehavior: { targetOriginId: 'spa-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD', 'OPTIONS'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED },
  orderedCacheBehaviors: [
    { pathPattern: '/reports/*', targetOriginId: 'reports-origin', viewerProtocolPolicy: 'https-only', allowedMethods: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED },
  ],
});
new aws.cloudfront.Distribution('reports-ok', {
  ...base,
  origins,
  defaultCacheBehavior: { targetOriginId: 'reports-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: OPTIMIZED },
});

// --- unknown
new aws.cloudfront.Distribution('configured', {
  ...base,
  origins: [{ originId: config.require('originId'), domainName: reports.bucketRegionalDomainName }],
  defaultCacheBehavior: { targetOriginId: 'reports-origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: config.requireObject<string[]>('methods'), cachedMethods: ['GET', 'HEAD'], cachePolicyId: config.require('cachePolicy') },
});
