from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.coalesce(col("i"), lit(1))).withColumn("m", expr("((datediff(ts, to_date('2024-02-29')) + 12.345) + pmod(nullif(i, 5), nullif(i, 0)))")).withColumn("c3", expr("CASE WHEN (c1 <> 3) THEN dt WHEN (i >= 1) THEN DATE'2024-02-29' WHEN (m <= 1.25) THEN to_date('2024-02-29') ELSE to_date('2000-01-01') END")).select("id", "c1", "c3").where((F.coalesce((col("c3") != F.to_date(lit("2024-02-29"))), lit(True), lit(True)) | col("id").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id DESC"]
