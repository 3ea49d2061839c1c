import datetime
from pyspark.sql.functions import col, lit
df = spark.readStream.format("json").schema("id INT, ts TIMESTAMP, k INT").load(INPUT)
d = lit(datetime.date(2024, 3, 1))
c = col("ts").cast("date")
# A timestamp cast to a date, compared with a date: Spark compares the timestamp with the
# day's bounds.
result = df.filter((c == d) | (c < d) | (col("k") > 5)).select(
    "id", (c > d).alias("gt"), (c >= d).alias("ge"), (c < d).alias("lt"), (c <= d).alias("le"),
    (c == d).alias("eq"), c.eqNullSafe(d).alias("ens"),
)
OUTPUT_MODE = "append"
