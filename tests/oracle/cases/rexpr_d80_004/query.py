from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "rtrim(CAST(NULL AS STRING)) AS c1", "date_sub(dt, i) AS c2", "if((i < 2), date_trunc('QUARTER', ts), ts) AS c3", "CAST(5 AS BIGINT) AS c4").where(F.coalesce(col("c4").isNotNull(), lit(True)))
OUTPUT_MODE = "append"
