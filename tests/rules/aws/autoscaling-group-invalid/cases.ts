import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const launchTemplate = { id: 'lt-0123456789abcdef0', version: '$Latest' };

// --- bad
new aws.autoscaling.Group('inverted', { minSize: 3, maxSize: 2, vpcZoneIdentifiers: subnets, launchTemplate }); // error: [aws/autoscaling-group-invalid]
new aws.autoscaling.Group('desired', { minSize: 1, maxSize: 2, desiredCapacity: 4, vpcZoneIdentifiers: subnets, launchTemplate }); // error: [aws/autoscaling-group-invalid]
new aws.autoscaling.Group('nothing', { minSize: 1, maxSize: 2, vpcZoneIdentifiers: subnets }); // error: [aws/autoscaling-group-invalid]
new aws.autoscaling.Group('nowhere', { minSize: 1, maxSize: 2, launchTemplate }); // error: [aws/autoscaling-group-invalid]
new aws.autoscaling.Group('both', {
  minSize: 1, maxSize: 2, vpcZoneIdentifiers: subnets, launchTemplate,
  launchConfiguration: 'legacy-lc', // error: [aws/autoscaling-group-invalid]
});
['api', 'worker'].forEach((svc) => new aws.appautoscaling.Target(`${svc}-target`, { serviceNamespace: 'ecs', resourceId: `service/app/${svc}`, scalableDimension: 'ecs:service:DesiredCount', minCapacity: 10, maxCapacity: 4 })); // error: [aws/autoscaling-group-invalid]

// --- clean
new aws.autoscaling.Group('ok', { minSize: 2, maxSize: 6, desiredCapacity: 2, vpcZoneIdentifiers: subnets, launchTemplate });
new aws.autoscaling.Group('mixed', { minSize: 0, maxSize: 4, availabilityZones: ['us-east-1a'], mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: 'lt-0123456789abcdef0' } } } });

// --- unknown
new aws.autoscaling.Group('cfg', { minSize: config.requireNumber('min'), maxSize: 2, vpcZoneIdentifiers: subnets, launchTemplate });
new aws.autoscaling.Group('spread', { minSize: 1, maxSize: 2, ...config.requireObject<Record<string, unknown>>('placement') });
