from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, ts TIMESTAMP, s STRING, b BOOLEAN, n DECIMAL(5,3), i INT, dt DATE, m DECIMAL(7,0)").load(INPUT)
result = df.select("id", expr("round(nullif(CAST(n AS DOUBLE), 0.5D), 0)").alias("c1"), expr("if(b, d, 0.5D)"), expr("CAST((d * 3) AS STRING)").alias("c3"), expr("abs(i)"), expr("get(split(CASE WHEN b THEN s ELSE s END, ' '), 0)"))
OUTPUT_MODE = "append"
