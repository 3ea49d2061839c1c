from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, b BOOLEAN, dt DATE, s STRING, m DECIMAL(18,6), k BIGINT, d DOUBLE, i INT, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "sha1('o')", "TRY_CAST(CAST((i * 2) AS DOUBLE) AS DECIMAL(12,2)) AS c2")
OUTPUT_MODE = "append"
