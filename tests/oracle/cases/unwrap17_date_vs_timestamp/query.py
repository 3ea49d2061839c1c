from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit
df = spark.readStream.format("json").schema("id INT, dt DATE, k INT").load(INPUT)
t = F.to_timestamp(lit("2024-03-01 12:30:00.123456"))
# A date compared with a timestamp that is not a whole day: Spark compares the date with
# the timestamp's day (and an equality can never hold), so the filter reaches the source.
result = df.filter((col("dt") == t) | (col("dt") > t) | (col("k") > 5)).select(
    "id",
    (col("dt") > t).alias("gt"), (col("dt") >= t).alias("ge"), (col("dt") < t).alias("lt"),
    (col("dt") <= t).alias("le"), (col("dt") == t).alias("eq"), col("dt").eqNullSafe(t).alias("ens"),
    (t < col("dt")).alias("flipped"),
)
OUTPUT_MODE = "append"
