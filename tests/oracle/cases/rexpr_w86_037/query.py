from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(add_months(last_day(dt), 1) AS STRING)")).withColumn("c2", expr("CASE WHEN (i IS NOT NULL) THEN dt ELSE dt END")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
