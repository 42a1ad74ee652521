import sys

from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext

args = getResolvedOptions(sys.argv, ["JOB_NAME", "database", "table", "target_path"])
sc = SparkContext()
glue = GlueContext(sc)
job = Job(glue)
job.init(args["JOB_NAME"], args)

frame = glue.create_dynamic_frame.from_catalog(database=args["database"], table_name=args["table"])
frame = frame.drop_fields(["_corrupt_record"])
glue.write_dynamic_frame.from_options(
    frame=frame,
    connection_type="s3",
    connection_options={"path": args["target_path"], "partitionKeys": ["order_date"]},
    format="parquet",
)
job.commit()
