import * as aws from "@pulumi/aws";

const lifecyclePolicy = {
    rules: [
        {
            rulePriority: 1,
            description: "expire untagged after 7 days",
            selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 7 },
            action: { type: "expire" },
        },
        {
            rulePriority: 2,
            description: "keep last 50 images",
            selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: 50 },
            action: { type: "expire" },
        },
    ],
};

export function makeRepository(name: string): aws.ecr.Repository {
    const repo = new aws.ecr.Repository(name, {
        name: `acme/${name}`,
        imageTagMutability: "IMMUTABLE",
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfigurations: [{ encryptionType: "KMS" }],
    });
    new aws.ecr.LifecyclePolicy(`${name}-lifecycle`, {
        repository: repo.name,
        policy: JSON.stringify(lifecyclePolicy),
    });
    return repo;
}
