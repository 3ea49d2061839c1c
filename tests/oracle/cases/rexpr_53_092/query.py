from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(t IS NOT NULL)").select("id", expr("CASE WHEN (f > 2.0D) THEN m ELSE m END").alias("c1"), expr("date_trunc('QUARTER', nvl2(exp(f), ts, TIMESTAMP'2024-02-29 00:00:00')) AS c2"), F.date_add(F.when((col("dt") > F.to_date(lit("2024-02-29"))), col("dt")).when(col("i").cast("boolean"), col("dt")), F.abs(col("i"))).alias("c3"), expr("least((id % -4), (id - id)) AS c4")).filter("((replace(t, 'a', '') ILIKE '%e') OR b)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4, c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
