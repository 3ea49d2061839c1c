from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", expr("('-1' * CAST(d AS DOUBLE))").alias("c1"), expr("(substr(rpad(regexp_extract(t, '([a-z]+)', 1), 3, '*'), 1, 3) IS NOT NULL)").alias("c2"), F.when(col("b"), col("n")).when(col("i").cast("boolean"), F.ifnull(F.coalesce(col("n"), lit(99.99).cast("decimal(4,2)")), expr("0.5"))).alias("c3"), expr("regexp_like(CAST(last_day(trunc(dt, 'MM')) AS STRING), '[aeiou]{2}') AS c4")).where(F.coalesce(col("k").cast("boolean"), lit(True)))
OUTPUT_MODE = "append"
