from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nvl2(month(dt), lpad(s, 3, 'ab'), '')", "((n + n) - 99.99) AS c2").where((col("i").cast("boolean") | (col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
