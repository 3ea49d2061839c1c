from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(id <> 1000L)").select(col("s").try_cast("timestamp").alias("c1"), expr("months_between(ts, ts) AS c2")).filter((col("s").eqNullSafe(lit(" ")) | col("s").isNotNull()))
OUTPUT_MODE = "append"
