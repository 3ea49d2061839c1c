from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "(pow(datediff(to_date('2025-03-01'), dt), 2) IS NOT NULL) AS c1", "unix_timestamp(dt) AS c2").where(col("c1"))
OUTPUT_MODE = "append"
