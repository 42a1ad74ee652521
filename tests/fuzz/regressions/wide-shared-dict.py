import pulumi_aws as aws
d = {"a": "x"}
for i in range(12):
    d = {"k0": d, "k1": d, "k2": d, "k3": d, "k4": d, "k5": d, "k6": d, "k7": d, "k8": d, "k9": d, "k10": d, "k11": d, "k12": d, "k13": d, "k14": d, "k15": d, "k16": d, "k17": d, "k18": d, "k19": d, "k20": d, "k21": d, "k22": d, "k23": d, "k24": d, "k25": d, "k26": d, "k27": d, "k28": d, "k29": d}
aws.s3.Bucket("c", policy=d, tags=d)
aws.lambda_.Function("f", environment={"variables": d})
