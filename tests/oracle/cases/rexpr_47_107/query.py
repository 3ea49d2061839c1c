from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(((s <> 'o') OR (i <= 2)), false))").withColumn("c1", expr("(date_add(CASE WHEN (i = 10) THEN dt WHEN CAST(i AS BOOLEAN) THEN dt WHEN (ts IS NOT NULL) THEN dt ELSE dt END, i) + INTERVAL 2 YEARS)")).withColumn("c2", ((F.coalesce(lit(1), lit(1)) % lit(-4)) - col("i"))).withColumn("c3", expr("(m - n)")).withColumn("c4", expr("((d / nullif(i, 0)) / nullif(i, 0))")).withColumn("c5", F.greatest(col("i"), col("s"))).select("id", "c1", "c2", "c3", "c4", "c5").where("(startswith(lower('日本'), 'H') OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
