from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit
df = spark.readStream.format("json").schema("id INT, dt DATE, k INT").load(INPUT)
t = F.to_timestamp(lit("2024-03-01 00:00:00"))
# The timestamp is a whole day: the date compares with that day exactly.
result = df.filter((col("dt") >= t) | (col("k") > 5)).select(
    "id",
    (col("dt") > t).alias("gt"), (col("dt") >= t).alias("ge"), (col("dt") < t).alias("lt"),
    (col("dt") <= t).alias("le"), (col("dt") == t).alias("eq"), col("dt").eqNullSafe(t).alias("ens"),
)
OUTPUT_MODE = "append"
