import pulumi

# --- bad
from infrastructure.lambda import create_function  # error: [code/keyword-module-name]
import handlers.class.base as base  # error: [code/keyword-module-name]

# --- clean
from infrastructure.lambda_functions import create_function as create

DOC = """
from infrastructure.lambda import create_function
"""

# --- unknown
fn = create_function("api")
pulumi.export("arn", fn.arn)
pulumi.export("other", [create, base, DOC])
