import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import * as pulumi from "@pulumi/pulumi";

export interface NetworkArgs {
    containerPort: number;
    tags: Record<string, string>;
}

/**
 * Two-AZ VPC with public subnets for the load balancer and private subnets for the tasks.
 * One NAT gateway is enough outside production; prod gets one per AZ.
 */
export class Network extends pulumi.ComponentResource {
    public readonly vpc: awsx.ec2.Vpc;
    public readonly albSecurityGroup: aws.ec2.SecurityGroup;
    public readonly serviceSecurityGroup: aws.ec2.SecurityGroup;

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("acme:infra:Network", name, {}, opts);

        const isProd = pulumi.getStack() === "prod";

        this.vpc = new awsx.ec2.Vpc(`${name}-vpc`, {
            cidrBlock: "10.40.0.0/16",
            numberOfAvailabilityZones: 2,
            natGateways: { strategy: isProd ? "OnePerAz" : "Single" },
            subnetSpecs: [
                { type: "Public", cidrMask: 22 },
                { type: "Private", cidrMask: 20 },
            ],
            tags: args.tags,
        }, { parent: this });

        this.albSecurityGroup = new aws.ec2.SecurityGroup(`${name}-alb`, {
            vpcId: this.vpc.vpcId,
            description: "Public HTTP/HTTPS to the load balancer",
            ingress: [
                { protocol: "tcp", fromPort: 80, toPort: 80, cidrBlocks: ["0.0.0.0/0"], description: "HTTP (redirected to HTTPS when a certificate is set)" },
                { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS" },
            ],
            egress: [
                { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "To the tasks" },
            ],
            tags: args.tags,
        }, { parent: this });

        this.serviceSecurityGroup = new aws.ec2.SecurityGroup(`${name}-svc`, {
            vpcId: this.vpc.vpcId,
            description: "Tasks accept traffic from the load balancer only",
            ingress: [{
                protocol: "tcp",
                fromPort: args.containerPort,
                toPort: args.containerPort,
                securityGroups: [this.albSecurityGroup.id],
                description: "From the ALB",
            }],
            egress: [
                { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "ECR pulls, AWS APIs, third-party APIs" },
            ],
            tags: args.tags,
        }, { parent: this });

        this.registerOutputs({
            vpcId: this.vpc.vpcId,
        });
    }
}
