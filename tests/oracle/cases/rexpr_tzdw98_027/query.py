spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, d DOUBLE, m DECIMAL(10,2), b BOOLEAN, t STRING, ts TIMESTAMP, j INT, i INT, n DECIMAL(5,3), k BIGINT").json(INPUT)
result = df.groupBy(expr("b AS k1")).agg(F.sum((F.when(col("b"), col("n")).when(col("dt").isNotNull(), col("n")).when((col("j") < lit(1)), col("m")).otherwise(expr("-3.10")) * lit(1.25).cast("decimal(3,2)"))).alias("a1"), F.count(col("m")).alias("a2"), expr("max(CAST(d AS INT)) AS a5"), expr("min(CASE WHEN ((i > 2) = true) THEN ts WHEN isnan(d) THEN (TIMESTAMP'2024-02-29 00:00:00' - INTERVAL 1 DAY) WHEN true THEN CASE t WHEN ' ' THEN ts END END) AS a3"), (F.max(lit(5)) - F.min(lit(5))).alias("a4"))
OUTPUT_MODE = "update"
