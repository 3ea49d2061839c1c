from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("n") > expr("0.001"))).select(expr("TRY_CAST(CAST(n AS STRING) AS INT) AS c1"), expr("coalesce(m, bround(m, 1), 0.5) AS c2"), expr("TRY_CAST(t AS DATE)").alias("c3"), expr("(i % 2)").alias("c4"), expr("make_date(2024, pmod(i, 12) + 1, 28) AS c5")).where((col("d") != lit(0.1)))
OUTPUT_MODE = "append"
