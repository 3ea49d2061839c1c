from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, b BOOLEAN, f FLOAT, d DOUBLE, m DECIMAL(18,6), dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("ts", "((m + m) * m) AS c1", "CAST((date_add(dt, i) + INTERVAL 2 YEARS) AS TIMESTAMP) AS c2", "nullif(coalesce(id, 1000L), 86400L) AS c3").filter("(f IS NOT NULL)")
OUTPUT_MODE = "append"
