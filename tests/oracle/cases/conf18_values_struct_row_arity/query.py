from pyspark.sql import functions as F
df = spark.readStream.schema("k INT, v STRING").json(INPUT)
# One STRUCT(...) call is a row of two values, so the alias's one column does not fit.
static = spark.sql("SELECT * FROM VALUES (struct(1, 'a')) AS t(s)")
result = df.join(static, F.col("k") == F.col("s.col1"))
OUTPUT_MODE = "append"
