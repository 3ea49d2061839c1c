from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(isnull(dt), false))").selectExpr("id", "(100BD * length(s)) AS c1", "months_between(TIMESTAMP'2024-02-29 00:00:00', CAST(NULL AS TIMESTAMP)) AS c2", "try_to_date(s) AS c3", "left(s, 1) AS c4").where(col("c2").isNotNull())
OUTPUT_MODE = "append"
