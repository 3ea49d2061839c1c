from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "regexp_like(date_format(dt, 'Q'), '^[A-Z]')", "abs((10 - (i * -1))) AS c2").filter((((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))) & (col("t") < lit("abc"))) | (col("k") < lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
