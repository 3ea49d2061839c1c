spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(dt = DATE'2024-02-29')").selectExpr("id", "i", "try_divide(bround(d, 0), i) AS c1", "pmod(id, nullif(i, 0)) AS c2", "((d / nullif(i, 0)) * (id * 0)) AS c3", "round(((n - n) / 7.5), 2) AS c4", "(i + -1) AS c5").filter(F.coalesce(F.when(col("b"), col("b")).when(col("b"), col("b").isNotNull()).when((col("s") <= lit("abc")), col("b")).otherwise((col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456")))), lit(True)))
OUTPUT_MODE = "append"
