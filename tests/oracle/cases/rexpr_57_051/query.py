from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, t STRING, b BOOLEAN, i INT, n DECIMAL(5,3), k BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE").json(INPUT)
result = df.select("id", (lit("2024-02-29") <= col("s")).alias("c1"), expr("((TRY_CAST(d AS INT) <=> (n / 10.5)) OR (t IS NOT NULL)) AS c2"), expr("(n / nullif(0, 0))").alias("c3"), F.substring(F.when(col("b"), lit("日本")).when(col("d").isNotNull(), col("t")).when(col("b"), col("s")).otherwise(col("s")), 2, 3), expr("CASE WHEN (k IS NOT NULL) THEN nullif(DATE'2024-02-29', DATE'2000-01-01') WHEN (s < 'a') THEN CASE WHEN coalesce(b, (dt > DATE'2024-02-29'), false) THEN to_date(CAST(dt AS TIMESTAMP)) ELSE CAST(date_trunc('SECOND', ts) AS DATE) END WHEN b THEN dt ELSE to_date('2024-02-29') END").alias("c5")).where((F.isnan(col("d")) | col("m").isNull()))
OUTPUT_MODE = "append"
