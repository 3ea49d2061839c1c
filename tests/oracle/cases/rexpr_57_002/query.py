from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("day(dt)", "CASE WHEN (d <= -1.5D) THEN s ELSE s END AS c2", "repeat(lpad(t, 3, 'é'), -1) AS c3").where("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
