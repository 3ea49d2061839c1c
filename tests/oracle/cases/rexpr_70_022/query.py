from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "substr(s, -3, 10) AS c1", "(dt <= to_date('2000-01-01')) AS c2", "(least(j, j) <= (0 - i)) AS c3", "TRY_CAST(s AS BOOLEAN) AS c4").where(F.coalesce((col("id") >= lit(0.1)), lit(True)))
OUTPUT_MODE = "append"
