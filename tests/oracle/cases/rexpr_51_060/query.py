from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).withColumn("c1", expr("(id % i)")).withColumn("c2", F.concat_ws(", ", F.least(F.get(F.split(F.substring(lit("é"), 0, 1), "-"), 0), F.translate(col("ts").cast("string"), "aeiou", "AEI"), F.upper(F.when(col("d").isNotNull(), col("s")).otherwise(col("s")))), F.substring(F.format_string("%.2f / %s", lit(0.5), col("s")), 5, 1))).withColumn("c3", expr("(least(f, f, d) * CAST(id AS DOUBLE))")).withColumn("c4", expr("CASE WHEN (dt IS NOT NULL) THEN j WHEN (CASE WHEN b THEN m WHEN b THEN m WHEN (m >= -3.10) THEN m ELSE m END BETWEEN 12.345 AND 99.99) THEN 1 WHEN (m > 0.5) THEN weekofyear(to_date('2025-03-01')) ELSE i END")).drop("k", "d", "m", "s", "b", "dt")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT i, f FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id DESC"]
