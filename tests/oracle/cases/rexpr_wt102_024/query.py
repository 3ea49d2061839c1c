from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.format_string("%s-%d", col("s"), col("j")).endswith("o") | col("dt").isNotNull())).withColumn("c1", F.when((col("m") != (col("n") * col("n"))), col("m")).when(((lit(.001).cast("decimal(4,3)") + col("m")) >= col("j")), expr("100BD")).otherwise(expr("-3.10"))).withColumn("c2", expr("if(b, nvl(id, -2L), TRY_CAST(f AS BIGINT))")).withColumn("c3", expr("coalesce(1000L, c2, 0L)")).withColumn("c4", expr("(greatest(ts, (ts + INTERVAL '2 12' DAY TO HOUR), ts) + INTERVAL 72 HOURS)")).withColumn("c5", (F.year(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) + lit(-1)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, t FROM rexpr_q ORDER BY d ASC NULLS LAST, id DESC"]
