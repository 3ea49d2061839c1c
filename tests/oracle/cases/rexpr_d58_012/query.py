from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), dt DATE, s STRING, ts TIMESTAMP, d DOUBLE, i INT, n DECIMAL(5,3)").load(INPUT)
result = df.where(col("id").isNotNull()).selectExpr("id", "nullif(dt, DATE'2000-01-01') AS c1", "date_add(dateadd(dt, i), i)").where("((id <> 3L) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
