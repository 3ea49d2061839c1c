from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, j INT, i INT, ts TIMESTAMP, s STRING, n DECIMAL(4,1), dt DATE").json(INPUT)
result = df.filter((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999")))).selectExpr("id", "CASE WHEN (regexp_replace(s, ' +', '_') IN ('Hello', '2024-02-29', 'a')) THEN s WHEN coalesce(b, true) THEN s ELSE s END AS c1", "greatest((months_between(ts, dt, false) + d), sign(d)) AS c2").where(((col("d") < lit(99.99).cast("decimal(4,2)")) | col("b")))
OUTPUT_MODE = "append"
