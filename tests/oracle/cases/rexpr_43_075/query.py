from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), ts TIMESTAMP, s STRING, i INT, t STRING, n DECIMAL(20,0), d DOUBLE, dt DATE").json(INPUT)
result = df.where(((col("ts") < col("dt")) | (col("id") <= lit(1000).cast("bigint")))).selectExpr("id", "(CAST((m <= 100BD) AS INT) % 10) AS c1", "TRY_CAST(d AS BIGINT)", "((i * 0) + -1) AS c3", "unix_timestamp(coalesce(dt, to_date('2000-01-01'))) AS c4")
OUTPUT_MODE = "append"
