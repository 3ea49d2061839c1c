from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.datediff(col("dt"), col("dt")).cast("timestamp").alias("c1"), (lit(3) / lit(3)), expr("date_trunc('DAY', CAST(date_add(dt, 1) AS TIMESTAMP)) AS c3"), (F.length(F.when(col("b"), col("s")).when(col("b"), col("s")).when(col("i").isNotNull(), col("s")).otherwise(col("s"))) % lit(3)).alias("c4"), expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c5")).filter((F.date_format(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), "HH:mm:ss").contains("") | col("c1").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
