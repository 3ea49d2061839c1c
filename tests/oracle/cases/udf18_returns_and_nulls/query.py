from pyspark.sql.functions import col, udf
from pyspark.sql.types import IntegerType, StringType, DoubleType, BooleanType, LongType

df = spark.readStream.format("json").schema("id INT, name STRING, v DOUBLE, n BIGINT").load(INPUT)

@udf(returnType=StringType())
def label(name, v):
    if name is None:
        return None
    return f"{name.strip().title()}:{v}"

# Python's values against the declared type, as PySpark converts them: an int where a
# double is declared, a float where an int is, a bool, a str for a number.
as_int = udf(lambda v: v * 2 if v is not None else None, IntegerType())
as_double = udf(lambda n: n, DoubleType())
as_long = udf(lambda n: None if n is None else n * 3, LongType())
truthy = udf(lambda name: bool(name), BooleanType())
text = udf(lambda v: v)

result = df.select(
    "id",
    label(col("name"), col("v")).alias("label"),
    as_int("v").alias("i"),
    as_double("n").alias("d"),
    as_long("n").alias("l"),
    truthy("name").alias("t"),
    text("v").alias("s"),
)
OUTPUT_MODE = "append"
