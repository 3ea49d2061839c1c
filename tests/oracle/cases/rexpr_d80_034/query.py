from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, j INT, i INT, dt DATE, m DECIMAL(12,4), d DOUBLE, s STRING, t STRING, n DECIMAL(9,5)").load(INPUT)
result = df.where((F.isnan(col("d")) | (col("n") == lit(1.25).cast("decimal(3,2)")))).select("id", expr("CASE WHEN startswith(rpad(substring(s, 1, 3), 3, '*'), 'H') THEN (3L DIV 7) ELSE id END AS c1"), col("ts").cast("bigint"), expr("add_months(dt, i) AS c3"), F.when((col("t") == lit("日本")), F.nullif(col("n"), lit(99.99).cast("decimal(4,2)"))).when(F.coalesce((col("d") >= lit(0.5)), lit(False), lit(False)), col("n")).alias("c4")).where("(id <> 3L)")
OUTPUT_MODE = "append"
