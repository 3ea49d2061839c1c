from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, dt DATE, m DECIMAL(7,0), d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT").load(INPUT)
result = df.selectExpr("CASE WHEN (NOT b) THEN (dt <=> ts) WHEN b THEN (s > 'a') WHEN ('42' = s) THEN (0.001 > d) ELSE b END AS c1", "lpad(CAST((i <= 10) AS STRING), 6, 'ab') AS c2", "CAST(TIMESTAMP'2024-02-29 00:00:00' AS BIGINT)", "coalesce(id, least(id, id), 0L) AS c4").where((F.greatest(col("i"), col("i"), col("i")).cast("boolean") | (col("m") > expr("12.345"))))
OUTPUT_MODE = "append"
