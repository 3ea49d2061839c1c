spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("trunc((dt + INTERVAL 1 DAY), 'MM') AS c1"), F.pmod((col("id") - col("i")), F.nullif(col("i"), lit(0))).alias("c2"), expr("exp((round(CASE WHEN b THEN n WHEN (id IS NOT NULL) THEN n WHEN (dt <> DATE'2024-02-29') THEN CAST(NULL AS DECIMAL(10,2)) ELSE m END, -1) * f)) AS c3"), expr("CAST(extract(HOUR FROM (date_trunc('SECOND', ts) - date_trunc('MONTH', date_trunc('DAY', ts)))) AS INT)").alias("c4")).where((expr("CAST((c1 - c1) AS STRING)").like("H%") | col("c1").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
