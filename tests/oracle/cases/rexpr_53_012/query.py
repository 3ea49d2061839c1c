from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.dayofmonth(col("dt")).alias("k1")).agg(F.bool_or(col("d").isNotNull()).alias("a1"), expr("min(CASE WHEN (dt IS NOT NULL) THEN date_trunc('yyyy', ts) ELSE CAST(DATE'2023-12-31' AS TIMESTAMP) END) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
