from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, d DOUBLE, ts TIMESTAMP, i INT, m DECIMAL(38,10), s STRING, j INT, n DECIMAL(20,0), b BOOLEAN, t STRING").load(INPUT)
result = df.select("id", expr("round(CAST(i AS DOUBLE))").alias("c1"), expr("(TRY_CAST((i - id) AS DECIMAL(10,4)) != (- i))").alias("c2")).filter("(c1 IS NOT NULL)")
OUTPUT_MODE = "append"
