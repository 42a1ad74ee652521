import pulumi
x = """abc
