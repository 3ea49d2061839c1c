from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN b THEN dt WHEN CAST(NULL AS BOOLEAN) THEN dt WHEN (i <> 10) THEN dt ELSE dt END").alias("c1"), expr("isnan(d) AS c2")).where("(n < 0.001)")
OUTPUT_MODE = "append"
