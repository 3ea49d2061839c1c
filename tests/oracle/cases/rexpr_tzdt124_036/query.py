spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(F.count((lit(None).cast("boolean") & (col("dt") >= F.to_date(lit("2023-12-31"))))).alias("a1"), (F.max((col("n") / F.nullif(col("n"), lit(0)))) - F.min((col("n") / F.nullif(col("n"), lit(0))))).alias("a2"), expr("sum(CASE WHEN ((n <> 99.99) <= (0.5 IN (99.99, 1.25))) THEN bround((m - m), 1) ELSE 0 END) AS a3"), expr("max((d / nullif(CAST(array_contains(split(t, ','), '') AS DOUBLE), 0))) AS a4")).filter("a1 IS NOT NULL").orderBy("s")
OUTPUT_MODE = "complete"
ORDERED = True
